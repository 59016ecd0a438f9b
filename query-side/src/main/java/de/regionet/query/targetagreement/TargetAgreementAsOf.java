package de.regionet.query.targetagreement;

import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.query.targetagreement.Standing.MilestoneStatus;
import de.regionet.query.targetagreement.Standing.Status;
import de.regionet.query.targetagreement.Standing.Trend;
import de.regionet.query.targetagreement.TargetAgreementView.Amendment;
import de.regionet.query.targetagreement.TargetAgreementView.Review;
import de.regionet.query.targetagreement.TargetAgreementView.Signature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A target agreement as it stood on {@code asOf}: {@code GET /api/target-agreements/{id}}. The targets are those in
 * force that day, each with its actual then; the reviews held on or before that day carry the figures they froze,
 * as recorded.
 */
public record TargetAgreementAsOf(String id, String regionKey, LocalDate from, LocalDate to, List<String> parties,
                                  Status status, List<Signature> signatures, LocalDate inForceFrom, LocalDate asOf,
                                  List<TargetStanding> targets, List<Amendment> amendments, List<Review> reviews,
                                  long version) {

    /**
     * One target in force: its value, the actual and percentage, its milestones and the trend, and the projects
     * whose results the actual counts.
     */
    public record TargetStanding(String indicator, FundingArea fundingArea, BigDecimal target, BigDecimal actual,
                                 BigDecimal percent, List<MilestoneStanding> milestones, Trend trend,
                                 List<ProjectId> projects) {
    }

    /** A milestone; {@code actual} is the actual on its date, {@code null} while it is pending. */
    public record MilestoneStanding(LocalDate date, BigDecimal value, BigDecimal actual, MilestoneStatus status) {
    }

    public static TargetAgreementAsOf of(Standing standing, LocalDate day) {
        var agreement = standing.agreement();
        var targets = standing.targetsInForce(day).stream().map(target -> standingOf(standing, target, day))
                .toList();
        return new TargetAgreementAsOf(agreement.id(), agreement.regionKey(), agreement.from(), agreement.to(),
                agreement.parties(), standing.status(day), agreement.signatures(), agreement.inForceFrom(), day,
                targets, agreement.amendments(),
                agreement.reviews().stream().filter(review -> !review.date().isAfter(day)).toList(),
                agreement.version());
    }

    private static TargetStanding standingOf(Standing standing, Target target, LocalDate day) {
        var figure = standing.figure(target, day);
        var milestones = target.milestones().stream().map(milestone -> {
            var status = standing.milestone(target, milestone, day);
            var actual = status == MilestoneStatus.PENDING ? null
                    : standing.actuals().of(target, milestone.date());
            return new MilestoneStanding(milestone.date(), milestone.value(), actual, status);
        }).toList();
        return new TargetStanding(target.indicator(), target.fundingArea(), target.value(), figure.actual(),
                figure.percent(), milestones, standing.trend(target, figure.actual(), day), figure.projects());
    }
}
