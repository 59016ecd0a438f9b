package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Require;

/** One member's vote on a motion. */
public record CastVote(MemberId memberId, Vote vote) {

    public CastVote {
        Require.present(memberId, "memberId");
        Require.present(vote, "vote");
    }
}
