package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.programme.FundingArea;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** A priority for action (Handlungsschwerpunkt) a region pursues, with the funding areas it draws on. */
public record PriorityForAction(String title, List<FundingArea> fundingAreas) {

    public PriorityForAction {
        title = Require.text(title, "title", TextLimits.NAME);
        if (fundingAreas == null || fundingAreas.isEmpty()) {
            throw new IllegalArgumentException("fundingAreas must name at least one funding area");
        }
        fundingAreas = fundingAreas.stream().map(area -> Require.present(area, "fundingArea")).distinct().sorted()
                .toList();
    }

    /**
     * A title as regions compare it: Unicode-normalised, case-insensitive, whitespace collapsed, and every kind of
     * dash a hyphen without spaces around it, so "Übergang Schule–Beruf" and "übergang schule - beruf" are one
     * priority.
     */
    public static String normalisedTitle(String title) {
        var normalised = Normalizer.normalize(title, Normalizer.Form.NFKC)
                .replaceAll("[\\p{Pd}\\u2212]", "-")
                .replaceAll("\\s+", " ")
                .replaceAll(" ?- ?", "-")
                .strip();
        return normalised.toLowerCase(Locale.ROOT);
    }
}
