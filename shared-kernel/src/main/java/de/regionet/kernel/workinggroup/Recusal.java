package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;

/**
 * A member excluded from a decision for a conflict of interest (Befangenheit), with the reason. A recused member
 * takes no part in the decision: it neither votes nor counts towards the quorum.
 */
public record Recusal(MemberId memberId, String reason) {

    public Recusal {
        Require.present(memberId, "memberId");
        reason = Require.text(reason, "reason", TextLimits.SUMMARY);
    }
}
