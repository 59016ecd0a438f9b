package de.regionet.kernel.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Require;

/** A proposal selected for funding with the amount granted. */
public record Award(ProposalId proposalId, Euro amount) {

    public Award {
        Require.present(proposalId, "proposalId");
        Require.present(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a selected proposal is granted more than 0 €");
        }
    }
}
