package de.regionet.kernel.call;

import de.regionet.kernel.Require;

/** A proposal the selection did not fund, and why. */
public record NotSelected(ProposalId proposalId, String reason) {

    public static final int MAX_REASON = 1000;

    public NotSelected {
        Require.present(proposalId, "proposalId");
        reason = Require.text(reason, "reason", MAX_REASON);
    }
}
