package de.regionet.query.call;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.network.NetworkId;
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
 * how many there are. A state-wide call has no {@code regionKey}; each of its proposals names its own. Where the
 * state decides ({@code procedure}), each proposal carries its region's advice and the state's decision, both kept
 * as given (they may differ), and {@code selectedEuro} is what the state granted so far. {@code network} is the
 * network the call belongs to (its region's, or for a state-wide call the one it was opened in).
 */
public record CallView(@BsonId String id, String regionKey, String workingGroupId, String programmeId,
                       String fundingArea, String title, BigDecimal budgetEuro, Instant deadline,
                       List<String> criteria, LocalDate openedOn, Status status, String resolutionId,
                       BigDecimal selectedEuro, int proposalCount, List<Proposal> proposals,
                       DecisionProcedure procedure, String network, long version)
        implements VersionedCollection.Versioned {

    /**
     * A document written before calls had a procedure was selected regionally; one written before calls recorded
     * their network is Saxony-Anhalt's.
     */
    public CallView {
        procedure = DecisionProcedure.orDefault(procedure);
        network = network == null ? NetworkId.SACHSEN_ANHALT.value() : network;
    }

    public enum Status { OPEN, CLOSED, DECIDED }

    /**
     * A sponsor's proposal and, once the working group decided, whether it was selected and why not; where the state
     * decides, the region's {@code advice} and the state's {@code decision} (granted: {@code amountEuro} and
     * {@code projectId} as for a selection). {@code regionKey} is the proposal's region ({@code null} in documents
     * written before proposals had one: the call's).
     */
    public record Proposal(String id, String sponsor, String title, String summary, BigDecimal requestedEuro,
                           int durationMonths, Map<String, BigDecimal> plannedIndicators, Instant submittedAt,
                           Status status, BigDecimal amountEuro, String reason, String projectId, String regionKey,
                           RegionalAdvice advice, StateDecision decision) {

        public enum Status { SUBMITTED, SELECTED, NOT_SELECTED, GRANTED, REFUSED }

        Proposal selected(BigDecimal amount, String project) {
            return new Proposal(id, sponsor, title, summary, requestedEuro, durationMonths, plannedIndicators,
                    submittedAt, Status.SELECTED, amount, null, project, regionKey, advice, decision);
        }

        Proposal notSelected(String why) {
            return new Proposal(id, sponsor, title, summary, requestedEuro, durationMonths, plannedIndicators,
                    submittedAt, Status.NOT_SELECTED, null, why, null, regionKey, advice, decision);
        }

        Proposal advised(RegionalAdvice given) {
            return new Proposal(id, sponsor, title, summary, requestedEuro, durationMonths, plannedIndicators,
                    submittedAt, status, amountEuro, reason, projectId, regionKey, given, decision);
        }

        Proposal decided(StateDecision taken, String project) {
            return new Proposal(id, sponsor, title, summary, requestedEuro, durationMonths, plannedIndicators,
                    submittedAt, taken.granted() ? Status.GRANTED : Status.REFUSED,
                    taken.granted() ? taken.totalEuro() : null, taken.granted() ? null : taken.reason(), project,
                    regionKey, advice, taken);
        }

        /** Before the decision, or before the advice too ({@code advice} {@code null}). */
        Proposal undecided(RegionalAdvice keptAdvice) {
            return new Proposal(id, sponsor, title, summary, requestedEuro, durationMonths, plannedIndicators,
                    submittedAt, Status.SUBMITTED, null, null, null, regionKey, keptAdvice, null);
        }
    }

    /** The region's advisory vote on a proposal: recommended with its rank, or not; and why. */
    public record RegionalAdvice(boolean recommended, Integer rank, String reason, LocalDate advisedOn) {
    }

    /** The state's funding decision on a proposal: granted from {@code funds} (summing to {@code totalEuro}) or not. */
    public record StateDecision(boolean granted, List<Funding> funds, BigDecimal totalEuro, String reason,
                                LocalDate decidedOn) {
    }

    /** What one fund ({@code ESF_PLUS}, {@code EFRE}, …) pays. */
    public record Funding(String fund, BigDecimal amountEuro) {
    }

    /**
     * The call as {@code reader} may see it (empty: anonymous): every proposal for whoever may read the call's
     * region (network office, auditors, the region's coordination), a sponsor's own proposals for a sponsor, none
     * for anybody else. Public for the console's pages, which show a call exactly as the API answers it.
     */
    public CallView readBy(Optional<Actor> reader) {
        if (reader.isPresent() && seesEveryProposal(reader.get())) {
            return this;
        }
        var visible = reader.map(actor -> proposals.stream()
                .filter(proposal -> actor.mayRead(new RegionKey(regionOf(proposal)))
                        || Readers.actsFor(actor, proposal.sponsor())).toList()).orElse(List.of());
        return new CallView(id, regionKey, workingGroupId, programmeId, fundingArea, title, budgetEuro, deadline,
                criteria, openedOn, status, resolutionId, selectedEuro, proposalCount, visible, procedure, network,
                version);
    }

    /**
     * The call's region's readers, and where the state decides the granting authority of the call's network (an
     * authority of another state reads none of them).
     */
    private boolean seesEveryProposal(Actor actor) {
        return regionKey != null && actor.mayRead(new RegionKey(regionKey))
                || procedure == DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION
                && actor.has(Role.GRANTING_AUTHORITY, new NetworkId(network));
    }

    /** A proposal's region: its own, else (a regional call's proposal) the call's. */
    public String regionOf(Proposal proposal) {
        return proposal.regionKey() != null ? proposal.regionKey() : regionKey;
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

    /** The proposals changed by advice or a state decision; decided once the state decided on every one. */
    CallView stateDecided(UnaryOperator<Proposal> change, long newVersion) {
        var changed = proposals.stream().map(change).toList();
        var granted = changed.stream().filter(proposal -> proposal.status() == Proposal.Status.GRANTED)
                .map(Proposal::amountEuro).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        var allDecided = changed.stream().allMatch(proposal -> proposal.decision() != null);
        return with(allDecided && status != Status.OPEN ? Status.DECIDED : status, resolutionId, granted, changed,
                newVersion);
    }

    private CallView with(Status newStatus, String resolution, BigDecimal selected, List<Proposal> allProposals,
                          long newVersion) {
        return new CallView(id, regionKey, workingGroupId, programmeId, fundingArea, title, budgetEuro, deadline,
                criteria, openedOn, newStatus, resolution, selected, allProposals.size(), allProposals, procedure,
                network, newVersion);
    }
}
