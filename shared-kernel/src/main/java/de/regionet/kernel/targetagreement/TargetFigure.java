package de.regionet.kernel.targetagreement;

import de.regionet.kernel.programme.FundingArea;

import de.regionet.kernel.project.ProjectId;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Where one target stood on a day: the target value, the actual value (the sum of the latest figures of the
 * region's project results in the agreement's period and the target's funding area), the actual as a
 * percentage of the target ({@code null} for a target of 0) and the projects whose results it counts, so an
 * auditor can trace a figure to its evidence. A review freezes these, so later corrections of results do not
 * rewrite what the review saw.
 */
public record TargetFigure(String indicator, FundingArea fundingArea, BigDecimal target, BigDecimal actual,
                           BigDecimal percent, List<ProjectId> projects) {

    public TargetFigure {
        projects = projects == null ? List.of() : projects.stream().distinct()
                .sorted(Comparator.comparing(ProjectId::value)).toList();
    }
}
