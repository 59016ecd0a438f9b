package de.regionet.kernel.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.Require;
import de.regionet.kernel.project.FundAmount;

import java.util.List;

/** A proposal the state's granting authority funds, from one or more funds; the grant is their sum. */
public record FundingGrant(ProposalId proposalId, List<FundAmount> funds) {

    public FundingGrant {
        Require.present(proposalId, "proposalId");
        funds = FundAmount.checked(funds);
        if (funds.isEmpty()) {
            throw Rejection.invalid("funds", "a granted proposal names the funds it is paid from (proposal "
                    + proposalId + ")");
        }
    }

    public Euro total() {
        return FundAmount.total(funds);
    }
}
