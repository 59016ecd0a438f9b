package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Require;

import de.regionet.kernel.TextLimits;
import java.util.List;

/**
 * What a resolution decides about: a reference to another part of the network by type and id. {@code sponsors}
 * are the organisations that sponsor the subject (the proposal's sponsor; for a call, the sponsors of its
 * proposals): a member of such an organisation has a conflict of interest and must be recused.
 */
public record Subject(Type type, String id, List<String> sponsors) {

    /** The kinds of things a working group decides about. */
    public enum Type { PROPOSAL, CALL, PROJECT, AGREEMENT, TARGET_AGREEMENT }

    public static final int MAX_ID = 100;

    public Subject {
        Require.present(type, "type");
        id = Require.text(id, "id", MAX_ID);
        sponsors = sponsors == null ? List.of()
                : sponsors.stream().map(sponsor -> Require.text(sponsor, "sponsor", TextLimits.NAME)).distinct()
                .toList();
    }

    /** Whether {@code organisation} sponsors this subject; organisation names compare regardless of case. */
    public boolean sponsoredBy(String organisation) {
        return sponsors.stream().anyMatch(sponsor -> sponsor.equalsIgnoreCase(organisation));
    }
}
