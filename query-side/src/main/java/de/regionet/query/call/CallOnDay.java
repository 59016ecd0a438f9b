package de.regionet.query.call;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.query.call.CallView.Proposal;
import de.regionet.query.call.CallView.Status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
        if (call.procedure() == DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION) {
            return stateDecidedOn(call, day, submitted, open);
        }
        var status = open ? Status.OPEN : call.status() == Status.OPEN ? Status.CLOSED : call.status();
        var proposals = open ? submitted.stream().map(proposal -> proposal.undecided(null)).toList() : submitted;
        return new CallView(call.id(), call.regionKey(), call.workingGroupId(), call.programmeId(),
                call.fundingArea(), call.title(), call.budgetEuro(), call.deadline(), call.criteria(), call.openedOn(),
                status, open ? null : call.resolutionId(), open ? BigDecimal.ZERO.setScale(2)
                : call.selectedEuro(), proposals.size(), proposals, call.procedure(), call.network(),
                call.version());
    }

    /**
     * Where the state decides, advice and decisions name their days: on {@code day} a proposal shows the advice
     * given by then and the decision taken by then; the call is decided once every proposal was.
     */
    private static CallView stateDecidedOn(CallView call, LocalDate day, List<Proposal> submitted, boolean open) {
        var proposals = submitted.stream().map(proposal -> {
            var advice = proposal.advice() != null && !proposal.advice().advisedOn().isAfter(day) ? proposal.advice()
                    : null;
            var decided = proposal.decision() != null && !proposal.decision().decidedOn().isAfter(day);
            return decided ? proposal : proposal.undecided(advice);
        }).toList();
        var granted = proposals.stream().filter(proposal -> proposal.status() == Proposal.Status.GRANTED)
                .map(Proposal::amountEuro).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        var allDecided = !proposals.isEmpty() && proposals.stream().allMatch(proposal -> proposal.decision() != null);
        var status = open ? Status.OPEN : allDecided ? Status.DECIDED : Status.CLOSED;
        return new CallView(call.id(), call.regionKey(), call.workingGroupId(), call.programmeId(),
                call.fundingArea(), call.title(), call.budgetEuro(), call.deadline(), call.criteria(), call.openedOn(),
                status, null, granted, proposals.size(), proposals, call.procedure(), call.network(),
                call.version());
    }
}
