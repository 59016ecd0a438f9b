package de.regionet.query.call;

import de.regionet.kernel.call.DecisionProcedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An open call as the public sees it (issue 19): what a sponsor needs to decide whether to apply (region, funding
 * area, budget, deadline, criteria, how it is decided, and the network it belongs to). A state-wide call has no
 * {@code regionKey}. Anonymous readers of {@code GET /api/calls[/{id}]} get only open calls, in this shape: nothing
 * about applicants (no proposals, not even how many there are) and nothing of the selection.
 * Signed-in readers keep {@link CallView}.
 */
public record PublicCall(String id, String regionKey, String workingGroupId, String programmeId, String fundingArea,
                         String title, BigDecimal budgetEuro, Instant deadline, List<String> criteria,
                         LocalDate openedOn, CallView.Status status, DecisionProcedure procedure, String network) {

    static PublicCall of(CallView call) {
        return new PublicCall(call.id(), call.regionKey(), call.workingGroupId(), call.programmeId(),
                call.fundingArea(), call.title(), call.budgetEuro(), call.deadline(), call.criteria(),
                call.openedOn(), call.status(), call.procedure(), call.network());
    }

    static boolean isPublic(CallView call) {
        return call.status() == CallView.Status.OPEN;
    }
}
