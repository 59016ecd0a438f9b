package de.regionet.kernel.call;

import de.regionet.kernel.Require;

/** A proposal the selection did not fund, and why. */
public record NotSelected(ProposalId proposalId, String reason) {

    public NotSelected {
        Require.present(proposalId, "proposalId");
        reason = Require.text(reason, "reason", 1000);
    }
}
