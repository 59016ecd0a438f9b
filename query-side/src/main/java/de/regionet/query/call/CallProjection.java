package de.regionet.query.call;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.Euro;
import de.regionet.kernel.call.CallEvent.CallClosed;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.ProposalsSelected;
import de.regionet.kernel.call.CallEvent.Selected;
import de.regionet.kernel.call.NotSelected;
import de.regionet.query.call.CallView.Proposal;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** Projects call streams into the {@code calls} read collection, one document per call with its proposals. */
@Component
@ProcessingGroup(CallProjection.NAME)
class CallProjection {

    public static final String NAME = "calls";

    private final VersionedCollection<CallView> calls;

    CallProjection(MongoDatabase database, MeterRegistry meters) {
        this.calls = VersionedCollection.withRecordHistory(database, NAME, CallView.class, meters);
    }

    @EventHandler
    void on(CallOpened event, @SequenceNumber long version) {
        var id = event.callId().value();
        calls.create(id, version, new CallView(id, event.regionKey().value(), event.workingGroupId().value(),
                event.programmeId().value(), event.fundingArea().value(), event.title(), event.budget().amount(),
                event.deadline(), event.criteria() == null ? List.of() : event.criteria(), event.openedOn(),
                CallView.Status.OPEN, null, BigDecimal.ZERO.setScale(2), 0, List.of(), version));
    }

    @EventHandler
    void on(ProposalSubmitted event, @SequenceNumber long version) {
        var proposal = new Proposal(event.proposalId().value(), event.sponsor(), event.title(), event.summary(),
                event.requested().amount(), event.durationMonths(), event.plannedIndicators().values(),
                event.submittedAt(), Proposal.Status.SUBMITTED, null, null, null);
        calls.update(event.callId().value(), version, call -> call.withProposal(proposal, version));
    }

    @EventHandler
    void on(CallClosed event, @SequenceNumber long version) {
        calls.update(event.callId().value(), version, call -> call.closed(version));
    }

    @EventHandler
    void on(ProposalsSelected event, @SequenceNumber long version) {
        var selectedEuro = event.selected().stream().map(Selected::amount).reduce(Euro.ZERO, Euro::plus).amount();
        calls.update(event.callId().value(), version, call -> call.decided(event.resolutionId().value(), selectedEuro,
                proposal -> outcome(event, proposal), version));
    }

    @ResetHandler
    void reset() {
        calls.clear();
    }

    public VersionedCollection<CallView> calls() {
        return calls;
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
