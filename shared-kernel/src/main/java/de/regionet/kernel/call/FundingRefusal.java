package de.regionet.kernel.call;

import de.regionet.kernel.Require;

/** A proposal the state's granting authority refused to fund, and why. */
public record FundingRefusal(ProposalId proposalId, String reason) {

    public static final int MAX_REASON = 1000;

    public FundingRefusal {
        Require.present(proposalId, "proposalId");
        reason = Require.text(reason, "reason", MAX_REASON);
    }
}
