package de.regionet.query.targetagreement;

import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.targetagreement.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a region actually achieved towards a target on a day: the sum of the target's indicator over the results
 * of the region's projects (in the target's funding area, if it names one) reported for a span within the
 * agreement's period, counting each result as it stood that day, so a later result or correction does not change
 * an earlier day's figure. Exact decimals throughout.
 */
public record Actuals(TargetAgreementView agreement, List<ReportedResult> results) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal of(Target target, LocalDate day) {
        return counted(target, day).map(result -> result.valueOf(target.indicator()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The projects whose results {@link #of} counts and that report the target's indicator. */
    public List<ProjectId> projectsOf(Target target, LocalDate day) {
        return counted(target, day).filter(result -> result.indicators().containsKey(target.indicator()))
                .map(result -> new ProjectId(result.projectId())).distinct().toList();
    }

    private Stream<ReportedResult> counted(Target target, LocalDate day) {
        var area = target.fundingArea() == null ? null : target.fundingArea().value();
        return results.stream()
                .filter(result -> agreement.regionKey().equals(result.regionKey()))
                .filter(result -> area == null || area.equals(result.fundingArea()))
                .filter(this::withinThePeriod)
                .filter(result -> result.countsOn(day));
    }

    /** Whether {@code result} reports for a span that lies within the agreement's period. */
    boolean withinThePeriod(ReportedResult result) {
        return !result.periodFrom().isBefore(agreement.from()) && !result.periodTo().isAfter(agreement.to());
    }

    /** {@code actual} as a percentage of {@code target}, to one decimal; {@code null} for a target of 0. */
    public static BigDecimal percent(BigDecimal actual, BigDecimal target) {
        return target.signum() == 0 ? null : actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
    }
}
