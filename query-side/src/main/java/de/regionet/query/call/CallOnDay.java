package de.regionet.query.call;

import de.regionet.kernel.NetworkTime;
import de.regionet.query.call.CallView.Proposal;
import de.regionet.query.call.CallView.Status;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A call as it stood on one day ({@code asOf}), in the shape of {@link CallView}: the proposals submitted by then,
 * open on every day that began before its deadline and closed after. The selection names no day of its own, so
 * a call decided later shows its decision on any day after the deadline; when the decision was recorded is what
 * {@code knownAt} answers.
 */
final class CallOnDay {

    private CallOnDay() {
    }

    static CallView asOf(CallView call, LocalDate day) {
        var submitted = call.proposals().stream()
                .filter(proposal -> !NetworkTime.dayOf(proposal.submittedAt()).isAfter(day)).toList();
        var open = NetworkTime.startOf(day).isBefore(call.deadline());
        var status = open ? Status.OPEN : call.status() == Status.OPEN ? Status.CLOSED : call.status();
        var proposals = open ? submitted.stream().map(CallOnDay::undecided).toList() : submitted;
        return new CallView(call.id(), call.regionKey(), call.workingGroupId(), call.programmeId(),
                call.fundingArea(), call.title(), call.budgetEuro(), call.deadline(), call.criteria(), call.openedOn(),
                status, open ? null : call.resolutionId(), open ? BigDecimal.ZERO.setScale(2)
                : call.selectedEuro(), proposals.size(), proposals, call.version());
    }

    /** A proposal before the selection: submitted, no outcome yet. */
    private static Proposal undecided(Proposal proposal) {
        return new Proposal(proposal.id(), proposal.sponsor(), proposal.title(), proposal.summary(),
                proposal.requestedEuro(), proposal.durationMonths(), proposal.plannedIndicators(),
                proposal.submittedAt(), Proposal.Status.SUBMITTED, null, null, null);
    }
}
