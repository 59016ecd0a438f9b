package de.regionet.kernel.targetagreement;

import de.regionet.kernel.Require;
import de.regionet.kernel.programme.FundingArea;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a region commits to for one indicator in an agreement's period: {@code value} by the end, the interim
 * {@code milestones} on the way, in one funding area or ({@code fundingArea} {@code null}) across all of them.
 */
public record Target(String indicator, BigDecimal value, FundingArea fundingArea, List<Milestone> milestones) {

    public static final int MAX_INDICATOR = 60;

    public Target {
        indicator = Require.text(indicator, "indicator", MAX_INDICATOR);
        value = Require.quantity(value, "a target's value");
        milestones = milestones == null ? List.of()
                : milestones.stream().sorted(Comparator.comparing(Milestone::date)).toList();
        var days = new HashSet<LocalDate>();
        for (var milestone : milestones) {
            if (!days.add(milestone.date())) {
                throw new IllegalArgumentException("a target has one milestone per day, " + milestone.date()
                        + " is given twice");
            }
        }
    }

    /** Whether this target and {@code other} measure the same: the same indicator in the same funding area. */
    public boolean sameMeasureAs(Target other) {
        return indicator.equals(other.indicator) && Objects.equals(fundingArea, other.fundingArea);
    }
}
