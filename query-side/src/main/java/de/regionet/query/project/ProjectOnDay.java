package de.regionet.query.project;

import de.regionet.query.project.ProjectView.Result;
import de.regionet.query.project.ProjectView.Status;

import java.time.LocalDate;
import java.util.List;

/**
 * A project as it stood on one day ({@code asOf}), in the shape of {@link ProjectView}: the results recorded by
 * then (a correction recorded later does not yet mark what it corrects), running until the day it was completed.
 */
final class ProjectOnDay {

    private ProjectOnDay() {
    }

    static ProjectView asOf(ProjectView project, LocalDate day) {
        var recorded = project.results().stream().filter(result -> !result.recordedOn().isAfter(day)).toList();
        var ids = recorded.stream().map(Result::id).toList();
        var results = recorded.stream().map(result -> result.correctedBy() == null || ids.contains(result.correctedBy())
                ? result : uncorrected(result)).toList();
        var completed = project.completedOn() != null && !day.isBefore(project.completedOn());
        var onDay = new ProjectView(project.id(), project.callId(), project.proposalId(), project.resolutionId(),
                project.regionKey(), project.programmeId(), project.fundingArea(), project.sponsor(), project.title(),
                project.summary(), project.grantEuro(), project.durationMonths(), project.plannedIndicators(),
                project.launchedOn(), completed ? Status.COMPLETED : Status.RUNNING,
                completed ? project.completedOn() : null, completed ? project.finalReport() : null,
                completed ? project.finalReportAttachments() : List.of(), project.results(),
                project.latestIndicators(), project.selectedBeforeRegioNet(), project.funds(), project.version());
        return onDay.withResultsOnDay(results);
    }

    private static Result uncorrected(Result result) {
        return new Result(result.id(), result.periodFrom(), result.periodTo(), result.indicators(),
                result.narrative(), result.attachments(), result.audience(), result.corrects(), null,
                result.recordedOn());
    }
}
