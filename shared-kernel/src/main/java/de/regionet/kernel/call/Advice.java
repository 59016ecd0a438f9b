package de.regionet.kernel.call;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.Require;

/**
 * The region's advisory vote on one proposal: recommended, with its rank among the region's recommendations (1 =
 * first), or not recommended ({@code rank} {@code null}); the reason either way, since the state decides on it.
 */
public record Advice(ProposalId proposalId, boolean recommended, Integer rank, String reason) {

    public static final int MAX_REASON = 1000;

    public Advice {
        Require.present(proposalId, "proposalId");
        if (recommended && (rank == null || rank < 1)) {
            throw Rejection.invalid("rank", "a recommended proposal has a rank of 1 or more (proposal "
                    + proposalId + ")");
        }
        if (!recommended && rank != null) {
            throw Rejection.invalid("rank", "only a recommended proposal is ranked (proposal " + proposalId + ")");
        }
        reason = Require.text(reason, "reason", MAX_REASON);
    }
}
