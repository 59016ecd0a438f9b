package de.regionet.query.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.call.CallEvent.CallClosed;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.kernel.call.CallEvent.FundingDecided;
import de.regionet.kernel.call.CallEvent.Granted;
import de.regionet.kernel.call.CallEvent.ProposalsAdvised;
import de.regionet.kernel.call.FundingRefusal;
import de.regionet.kernel.project.FundAmount;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.ProposalsSelected;
import de.regionet.kernel.call.CallEvent.Selected;
import de.regionet.kernel.call.NotSelected;
import de.regionet.query.call.CallView.Proposal;
import de.regionet.query.readmodel.EventFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A call's view folded from its own events ({@link EventFold}), as {@link CallProjection} builds it: every
 * proposal with the selection's outcome (the audit's readers, auditors and the network office, may read them all).
 */
public final class CallFold implements EventFold<CallView> {

    static final CallFold FOLD = new CallFold();

    private CallFold() {
    }

    /** The call as its events tell it. */
    public static CallView view(List<? extends DomainEventMessage<?>> events) {
        return FOLD.over(events);
    }

    @Override
    public CallView next(CallView call, Object event, long version, Instant at) {
        if (event instanceof CallOpened opened) {
            return opened(opened, version);
        }
        if (call == null) {
            return null;
        }
        if (event instanceof ProposalSubmitted submitted) {
            var region = submitted.regionKey() != null ? submitted.regionKey().value() : call.regionKey();
            return call.withProposal(new Proposal(submitted.proposalId().value(), submitted.sponsor(),
                    submitted.title(), submitted.summary(), submitted.requested().amount(),
                    submitted.durationMonths(), submitted.plannedIndicators().values(), submitted.submittedAt(),
                    Proposal.Status.SUBMITTED, null, null, null, region, null, null), version);
        }
        if (event instanceof CallClosed) {
            return call.closed(version);
        }
        if (event instanceof ProposalsSelected selection) {
            var selectedEuro = selection.selected().stream().map(Selected::amount).reduce(Euro.ZERO, Euro::plus)
                    .amount();
            return call.decided(selection.resolutionId().value(), selectedEuro,
                    proposal -> outcome(selection, proposal), version);
        }
        if (event instanceof ProposalsAdvised advised) {
            return call.stateDecided(proposal -> advised.advice().stream()
                    .filter(advice -> advice.proposalId().value().equals(proposal.id())).findFirst()
                    .map(advice -> proposal.advised(new CallView.RegionalAdvice(advice.recommended(), advice.rank(),
                            advice.reason(), advised.advisedOn())))
                    .orElse(proposal), version);
        }
        if (event instanceof FundingDecided decided) {
            return call.stateDecided(proposal -> decision(decided, proposal), version);
        }
        return call;
    }

    private static CallView opened(CallOpened event, long version) {
        var id = event.callId().value();
        return new CallView(id, event.regionKey() == null ? null : event.regionKey().value(),
                event.workingGroupId() == null ? null : event.workingGroupId().value(),
                event.programmeId().value(), event.fundingArea().value(), event.title(), event.budget().amount(),
                event.deadline(), event.criteria() == null ? List.of() : event.criteria(), event.openedOn(),
                CallView.Status.OPEN, null, BigDecimal.ZERO.setScale(2), 0, List.of(), event.procedure(),
                event.network().value(), version);
    }

    private static Proposal decision(FundingDecided event, Proposal proposal) {
        for (Granted granted : event.granted()) {
            if (granted.proposalId().value().equals(proposal.id())) {
                var funds = granted.funds().stream()
                        .map(share -> new CallView.Funding(share.fund().name(), share.amount().amount())).toList();
                return proposal.decided(new CallView.StateDecision(true, funds,
                        FundAmount.total(granted.funds()).amount(), null, event.decidedOn()),
                        granted.projectId().value());
            }
        }
        for (FundingRefusal refused : event.refused()) {
            if (refused.proposalId().value().equals(proposal.id())) {
                return proposal.decided(new CallView.StateDecision(false, List.of(), null, refused.reason(),
                        event.decidedOn()), null);
            }
        }
        return proposal;
    }

    private static Proposal outcome(ProposalsSelected event, Proposal proposal) {
        for (Selected selected : event.selected()) {
            if (selected.proposalId().value().equals(proposal.id())) {
                return proposal.selected(selected.amount().amount(), selected.projectId().value());
            }
        }
        for (NotSelected notSelected : event.notSelected()) {
            if (notSelected.proposalId().value().equals(proposal.id())) {
                return proposal.notSelected(notSelected.reason());
            }
        }
        return proposal;
    }
}
