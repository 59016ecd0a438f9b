package de.regionet.query.project;

import de.regionet.kernel.project.ProjectEvent.ProjectCompleted;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectEvent.ResultShared;
import de.regionet.query.project.ProjectView.Result;
import de.regionet.query.readmodel.EventFold;
import de.regionet.query.result.AttachedDocument;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A project's view folded from its own events ({@link EventFold}), as {@link ProjectProjection} builds it: every
 * result, whatever its audience (the audit's readers may read them all), corrections marked.
 */
public final class ProjectFold implements EventFold<ProjectView> {

    private static final ProjectFold FOLD = new ProjectFold();

    private ProjectFold() {
    }

    /** The project as its events tell it. */
    public static ProjectView view(List<? extends DomainEventMessage<?>> events) {
        return FOLD.over(events);
    }

    @Override
    public ProjectView next(ProjectView project, Object event, long version, Instant at) {
        if (event instanceof ProjectLaunched launched) {
            return launched(launched, version);
        }
        if (project == null) {
            return null;
        }
        if (event instanceof ResultRecorded recorded) {
            return project.withResult(new Result(recorded.resultId().value(), recorded.period().from(),
                    recorded.period().to(), recorded.indicators().values(), recorded.narrative(),
                    AttachedDocument.of(recorded.attachments()), recorded.audience(),
                    recorded.corrects() == null ? null : recorded.corrects().value(), null, recorded.recordedOn()),
                    version);
        }
        if (event instanceof ResultShared shared) {
            return project.withResultShared(shared.resultId().value(), shared.audience(), version);
        }
        if (event instanceof ProjectCompleted completed) {
            return project.completed(completed.completedOn(), completed.finalReport(),
                    AttachedDocument.of(completed.attachments()), version);
        }
        return project;
    }

    /** The view of a project just launched; the projection creates its document with this too. */
    static ProjectView launched(ProjectLaunched event, long version) {
        var id = event.projectId().value();
        // a project selected before RegioNet has no call, proposal or resolution
        var selection = event.selection() == null ? null
                : new ProjectView.SelectedBeforeRegioNet(event.selection().decidedBy(), event.selection().decidedOn());
        return new ProjectView(id, event.callId() == null ? null : event.callId().value(),
                event.proposalId() == null ? null : event.proposalId().value(),
                event.resolutionId() == null ? null : event.resolutionId().value(),
                event.regionKey().value(), event.programmeId().value(), event.fundingArea().value(), event.sponsor(),
                event.title(), event.summary(), event.grant().amount(), event.durationMonths(),
                event.plannedIndicators().values(), event.launchedOn(), ProjectView.Status.RUNNING, null, null,
                List.of(), List.of(), Map.of(), selection, event.funds() == null ? List.of() : event.funds().stream()
                        .map(share -> new ProjectView.Funding(share.fund().name(), share.amount().amount())).toList(),
                version);
    }
}
