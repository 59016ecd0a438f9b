package de.regionet.query.call;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A competition procedure with every proposal submitted to it and the selection's outcome. Proposals are
 * confidential: {@link #readBy} leaves the reader only those it may see, while {@code proposalCount} tells everyone
 * how many there are.
 */
public record CallView(@BsonId String id, String regionKey, String workingGroupId, String programmeId,
                       String fundingArea, String title, BigDecimal budgetEuro, Instant deadline,
                       List<String> criteria, LocalDate openedOn, Status status, String resolutionId,
                       BigDecimal selectedEuro, int proposalCount, List<Proposal> proposals, long version)
        implements VersionedCollection.Versioned {

    public enum Status { OPEN, CLOSED, DECIDED }

    /** A sponsor's proposal and, once the working group decided, whether it was selected and why not. */
    public record Proposal(String id, String sponsor, String title, String summary, BigDecimal requestedEuro,
                           int durationMonths, Map<String, BigDecimal> plannedIndicators, Instant submittedAt,
                           Status status, BigDecimal amountEuro, String reason, String projectId) {

        public enum Status { SUBMITTED, SELECTED, NOT_SELECTED }

        Proposal selected(BigDecimal amount, String project) {
            return new Proposal(id, sponsor, title, summary, requestedEuro, durationMonths, plannedIndicators,
                    submittedAt, Status.SELECTED, amount, null, project);
        }

        Proposal notSelected(String why) {
            return new Proposal(id, sponsor, title, summary, requestedEuro, durationMonths, plannedIndicators,
                    submittedAt, Status.NOT_SELECTED, null, why, null);
        }
    }

    /**
     * The call as {@code reader} may see it (empty: anonymous): every proposal for whoever may read the call's
     * region (network office, auditors, the region's coordination), a sponsor's own proposals for a sponsor, none
     * for anybody else. Public for the console's pages, which show a call exactly as the API answers it.
     */
    public CallView readBy(Optional<Actor> reader) {
        if (reader.isPresent() && reader.get().mayRead(new RegionKey(regionKey))) {
            return this;
        }
        var visible = reader.map(actor -> proposals.stream()
                .filter(proposal -> Readers.actsFor(actor, proposal.sponsor())).toList()).orElse(List.of());
        return new CallView(id, regionKey, workingGroupId, programmeId, fundingArea, title, budgetEuro, deadline,
                criteria, openedOn, status, resolutionId, selectedEuro, proposalCount, visible, version);
    }

    CallView withProposal(Proposal proposal, long newVersion) {
        var all = new ArrayList<>(proposals);
        all.add(proposal);
        return with(status, resolutionId, selectedEuro, List.copyOf(all), newVersion);
    }

    CallView closed(long newVersion) {
        return with(Status.CLOSED, resolutionId, selectedEuro, proposals, newVersion);
    }

    CallView decided(String resolution, BigDecimal selected, UnaryOperator<Proposal> outcome, long newVersion) {
        return with(Status.DECIDED, resolution, selected, proposals.stream().map(outcome).toList(),
                newVersion);
    }

    private CallView with(Status newStatus, String resolution, BigDecimal selected, List<Proposal> allProposals,
                          long newVersion) {
        return new CallView(id, regionKey, workingGroupId, programmeId, fundingArea, title, budgetEuro, deadline,
                criteria, openedOn, newStatus, resolution, selected, allProposals.size(), allProposals, newVersion);
    }
}
