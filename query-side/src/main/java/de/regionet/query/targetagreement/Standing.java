package de.regionet.query.targetagreement;

import de.regionet.kernel.targetagreement.Milestone;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetFigure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a target agreement stands on a day, derived from its history and the region's results: its status, the
 * targets in force (amendments replace a target only from the day they take effect), each target's actual,
 * milestones and trend. Pure, so the read model never goes stale as days pass and any day can be asked about.
 */
public record Standing(TargetAgreementView agreement, Actuals actuals) {

    public enum Status { DRAFT, SIGNED, IN_FORCE, ENDED }

    public enum MilestoneStatus { PENDING, REACHED, MISSED }

    /** Whether the actual keeps pace with a straight line from 0 at the period's start to the target at its end. */
    public enum Trend { NOT_STARTED, AHEAD, BEHIND }

    public static Standing of(TargetAgreementView agreement, List<ReportedResult> results) {
        return new Standing(agreement, new Actuals(agreement, results));
    }

    public Status status(LocalDate day) {
        if (!signedBy(day)) {
            return Status.DRAFT;
        }
        if (agreement.inForceFrom().isAfter(day)) {
            return Status.SIGNED;
        }
        return day.isAfter(agreement.to()) ? Status.ENDED : Status.IN_FORCE;
    }

    /** Whether the agreement had entered into force by {@code day} (and holds, or held until its end). */
    public boolean enteredIntoForceBy(LocalDate day) {
        return agreement.inForceFrom() != null && !agreement.inForceFrom().isAfter(day);
    }

    /** The drafted targets, each replaced by the latest amendment measuring the same that took effect by then. */
    public List<Target> targetsInForce(LocalDate day) {
        var targets = new ArrayList<>(agreement.targets());
        agreement.amendments().stream()
                .filter(amendment -> amendment.effectiveOn() != null && !amendment.effectiveOn().isAfter(day))
                .sorted(Comparator.comparing(TargetAgreementView.Amendment::effectiveOn)
                        .thenComparingInt(TargetAgreementView.Amendment::number))
                .flatMap(amendment -> amendment.targets().stream())
                .forEach(amended -> targets.replaceAll(target -> target.sameMeasureAs(amended) ? amended : target));
        return List.copyOf(targets);
    }

    /** Every target in force on {@code day} with its actual and percentage then. */
    public List<TargetFigure> figures(LocalDate day) {
        return targetsInForce(day).stream().map(target -> figure(target, day)).toList();
    }

    public TargetFigure figure(Target target, LocalDate day) {
        var actual = actuals.of(target, day);
        return new TargetFigure(target.indicator(), target.fundingArea(), target.value(), actual,
                Actuals.percent(actual, target.value()), actuals.projectsOf(target, day));
    }

    /** A milestone still ahead is pending; one passed is reached if the actual on its day came up to its value. */
    public MilestoneStatus milestone(Target target, Milestone milestone, LocalDate day) {
        if (milestone.date().isAfter(day)) {
            return MilestoneStatus.PENDING;
        }
        return actuals.of(target, milestone.date()).compareTo(milestone.value()) >= 0 ? MilestoneStatus.REACHED
                : MilestoneStatus.MISSED;
    }

    /** Ahead if {@code actual} is at least the target's share for the days of the period elapsed by {@code day}. */
    public Trend trend(Target target, BigDecimal actual, LocalDate day) {
        if (day.isBefore(agreement.from())) {
            return Trend.NOT_STARTED;
        }
        var end = day.isAfter(agreement.to()) ? agreement.to() : day;
        long elapsed = ChronoUnit.DAYS.between(agreement.from(), end) + 1;
        long days = ChronoUnit.DAYS.between(agreement.from(), agreement.to()) + 1;
        // actual >= target * elapsed / days, compared without dividing so no rounding decides it
        return actual.multiply(BigDecimal.valueOf(days))
                .compareTo(target.value().multiply(BigDecimal.valueOf(elapsed))) >= 0 ? Trend.AHEAD : Trend.BEHIND;
    }

    /** Every party signed by {@code day}: the agreement entered into force and no signature is dated later. */
    private boolean signedBy(LocalDate day) {
        return agreement.inForceFrom() != null
                && agreement.signatures().stream().noneMatch(signature -> signature.signedOn().isAfter(day));
    }
}
