package de.regionet.kernel.planning;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole content of one version of a planning document: title, validity ({@code validTo} inclusive,
 * {@code null}: open-ended), the needs it states, its problem areas (Problemlagen) and the funding lines that fit
 * them (e.g. "ESF: Fachkräftesicherung"). Whether {@code validTo} lies before {@code validFrom} the document judges,
 * so the answer names the field.
 */
public record PlanningContent(String title, LocalDate validFrom, LocalDate validTo, List<Need> needs,
                              List<String> problemAreas, List<String> fundingLines) {

    public PlanningContent {
        title = Require.text(title, "title", TextLimits.NAME);
        Require.present(validFrom, "validFrom");
        needs = needs == null ? List.of() : List.copyOf(needs);
        problemAreas = problemAreas == null ? List.of()
                : problemAreas.stream().map(area -> Require.text(area, "problemArea", TextLimits.SUMMARY)).toList();
        fundingLines = fundingLines == null ? List.of()
                : fundingLines.stream().map(line -> Require.text(line, "fundingLine", TextLimits.NAME)).toList();
    }

    /** Whether the content is valid on {@code day} by its own dates. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the content states a need with this id. */
    public boolean states(NeedId need) {
        return needs.stream().anyMatch(stated -> stated.id().equals(need));
    }
}
