package de.regionet.command.call;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.access.NetworkScope;
import de.regionet.command.access.RegionScope;
import de.regionet.command.stream.EventContext;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.command.programme.Programmes;
import de.regionet.command.project.Project;
import de.regionet.command.workinggroup.Decisions;
import de.regionet.kernel.Euro;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.call.CallCommand;
import de.regionet.kernel.call.Advice;
import de.regionet.kernel.call.CallCommand.AdviseOnProposals;
import de.regionet.kernel.call.CallCommand.DecideFunding;
import de.regionet.kernel.call.CallCommand.OpenCall;
import de.regionet.kernel.call.CallEvent.FundingDecided;
import de.regionet.kernel.call.CallEvent.ProposalsAdvised;
import de.regionet.kernel.call.FundingGrant;
import de.regionet.kernel.call.FundingRefusal;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.Reach;
import de.regionet.kernel.project.FundAmount;
import de.regionet.kernel.call.CallCommand.SelectProposals;
import de.regionet.kernel.call.CallCommand.SubmitProposal;
import de.regionet.kernel.call.CallEvent.CallClosed;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.ProposalsSelected;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.ResolutionEffect;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static de.regionet.command.stream.EventContext.inRegion;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * A competition procedure (Wettbewerbsverfahren) in one region and funding area: open for proposals until its
 * deadline, when it closes by itself (an Axon deadline kept in MongoDB, so it survives restarts); then the region's
 * working group selects by resolution, within the budget, and every selected proposal becomes a {@link Project} in
 * the same unit of work, so a selection never exists without its projects. A call of procedure
 * {@link DecisionProcedure#REGIONAL_ADVICE_STATE_DECISION} (North Rhine-Westphalia) is decided differently: each
 * proposal's region advises, the state's granting authority decides, and each granted proposal becomes a project
 * the same way. Such a call may be state-wide (no region; each proposal names its own). Every handler answers the
 * call's version.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Call {

    /** The deadline that closes the call for proposals. */
    static final String SUBMISSION_DEADLINE = "call-submission-deadline";

    /** The payload of the submission deadline. */
    public record SubmissionDeadline(Instant at) {
    }

    enum Status { OPEN, CLOSED, DECIDED }

    @AggregateIdentifier
    private CallId id;
    // not final: a snapshot is read back into these fields
    private RegionKey regionKey;
    private WorkingGroupId workingGroupId;
    private ProgrammeId programmeId;
    private FundingArea fundingArea;
    private Euro budget;
    private Instant deadline;
    /** {@code null} in a snapshot taken before the call kept its opening day. */
    private LocalDate openedOn;
    private Status status;
    /** {@code null}: {@link DecisionProcedure#REGIONAL_SELECTION} (also in snapshots taken before procedures). */
    private DecisionProcedure procedure;
    private Map<ProposalId, ProposalSubmitted> proposals = new LinkedHashMap<>();
    private Map<ProposalId, Advice> advised = new LinkedHashMap<>();
    /** Proposals the state decided on, granted or refused. */
    private Set<ProposalId> decided = new HashSet<>();
    private Euro grantedSoFar = Euro.ZERO;
    /** {@code null} in snapshots taken before calls recorded their network: Saxony-Anhalt's. */
    private NetworkId network;

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected Call() {
    }

    @CommandHandler
    Call(OpenCall command, MetaData metaData, Programmes programmes, Decisions decisions, DeadlineManager deadlines,
         Networks networks) {
        var programme = programmes.areas(command.programmeId());
        var network = networkOf(command, metaData, networks, programme.map(ProgrammeAreas::network).orElse(null));
        var now = now();
        var today = NetworkTime.dayOf(now);
        var openedOn = command.openedOn() != null ? command.openedOn() : today;
        if (openedOn.isAfter(today)) {
            throw Rejection.invalid("openedOn", "a call is opened on a day that has come; " + openedOn
                    + " is in the future");
        }
        if (!command.deadline().isAfter(NetworkTime.startOf(openedOn))) {
            throw Rejection.invalid("deadline", "the submission deadline (" + command.deadline()
                    + ") must lie after the opening on " + openedOn);
        }
        var areas = programme.orElseThrow(() -> Rejection.invalid("programmeId",
                "no programme " + command.programmeId()));
        if (!network.equals(areas.network())) {
            throw Rejection.invalid("programmeId", "programme " + command.programmeId() + " belongs to network "
                    + areas.network() + "; this call is network " + network + "'s");
        }
        if (!areas.offers(command.fundingArea(), openedOn)) {
            throw Rejection.invalid("fundingArea", "the programme has no funding area " + command.fundingArea()
                    + " on " + openedOn);
        }
        var workingGroup = Procedures.decidingGroup(command, decisions);
        // a call selected regionally keeps its stored form: no procedure field means this one
        var procedure = command.procedure() == DecisionProcedure.REGIONAL_SELECTION ? null : command.procedure();
        apply(new CallOpened(command.callId(), command.regionKey(), workingGroup, command.programmeId(),
                command.fundingArea(), command.title(), command.budget(), command.deadline(), command.criteria(),
                openedOn, procedure, network), where(command.regionKey()));
        if (command.deadline().isAfter(now)) {
            deadlines.schedule(command.deadline(), SUBMISSION_DEADLINE, new SubmissionDeadline(command.deadline()));
        } else {
            apply(new CallClosed(command.callId(), command.deadline()), where(command.regionKey()));
        }
    }

    /**
     * A regional call belongs to its region's network (a named other one is refused), and its sender must act for
     * the region; a state-wide call to the network the command names, else its sender's own, whose office alone
     * opens it ({@link NetworkScope#forNew}). A sender who is the office of no one network (the installation's own
     * principals, as an import sends) and names none opens it in its programme's network rather than the default.
     */
    private static NetworkId networkOf(OpenCall command, MetaData metaData, Networks networks,
                                       NetworkId programmeNetwork) {
        if (command.reach() == Reach.STATE_WIDE) {
            var named = command.network();
            var offices = Actor.fromMetaData(metaData).map(actor -> actor.networksWith(Role.NETWORK_OFFICE).size())
                    .orElse(0);
            if (named == null && offices != 1) {
                named = programmeNetwork;
            }
            return NetworkScope.forNew(metaData, named, networks, "state-wide calls");
        }
        RegionScope.check(metaData, command.regionKey());
        var of = networkOf(command.regionKey(), networks);
        if (command.network() != null && !command.network().equals(of)) {
            throw Rejection.invalid("network", "region " + command.regionKey() + " belongs to network " + of
                    + ", not " + command.network());
        }
        return of;
    }

    /** The network a region's key places it in; a key of no configured network is the default network's. */
    private static NetworkId networkOf(RegionKey region, Networks networks) {
        return networks.of(region).map(Network::id).orElseGet(() -> networks.defaultNetwork().id());
    }

    /** A regional call's facts are in its region; a state-wide call's own facts in none (the network's). */
    private static MetaData where(RegionKey region) {
        return region == null ? MetaData.emptyInstance() : inRegion(region);
    }

    /**
     * A sponsor proposes for itself; an advisory vote needs the region of the proposals it advises on; the funding
     * decision the granting authority of the call's network (a regional call's: its region's); everything else the
     * call's region (a state-wide call's: the office of its network). Then the version must fit.
     */
    @CommandHandlerInterceptor
    Object checkSenderAndVersion(CallCommand command, MetaData metaData, InterceptorChain chain, Networks networks)
            throws Exception {
        if (command instanceof SubmitProposal proposal) {
            RegionScope.checkSponsor(metaData, proposal.regionKey() != null ? proposal.regionKey() : regionKey,
                    proposal.sponsor());
        } else if (command instanceof AdviseOnProposals advice) {
            advisingRegions(advice).forEach(region -> RegionScope.check(metaData, region));
        } else if (command instanceof DecideFunding) {
            RegionScope.checkGrantingAuthority(metaData, regionKey == null ? network() : networkOf(regionKey,
                    networks));
        } else if (regionKey == null) {
            NetworkScope.checkOffice(metaData, network(), "state-wide calls");
        } else {
            RegionScope.check(metaData, regionKey);
        }
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    /** The regions of the known proposals an advisory vote names (unknown ones the handler refuses). */
    private Set<RegionKey> advisingRegions(AdviseOnProposals command) {
        var regions = new TreeSet<RegionKey>(Comparator.comparing(RegionKey::value));
        command.advice().stream().map(advice -> proposals.get(advice.proposalId())).filter(Objects::nonNull)
                .map(this::regionOf).forEach(regions::add);
        return regions;
    }

    /** A proposal's region: its own in a state-wide call, else the call's. */
    private RegionKey regionOf(ProposalSubmitted proposal) {
        return proposal.regionKey() != null ? proposal.regionKey() : regionKey;
    }

    @CommandHandler
    long handle(SubmitProposal command, Programmes programmes, IndicatorCatalogue indicators, Networks networks) {
        var submittedAt = submittedAt(command);
        if (status == Status.DECIDED || submittedAt.isAfter(deadline)) {
            throw Rejection.conflict("the call took proposals until " + deadline + "; it accepts no more"
                    + (status == Status.DECIDED ? "" : " (this one was submitted at " + submittedAt + ")"));
        }
        if (proposals.containsKey(command.proposalId())) {
            throw Rejection.conflict("proposal id " + command.proposalId() + " is already taken in this call");
        }
        var submittedOn = NetworkTime.dayOf(submittedAt);
        if (programmes.areas(programmeId).filter(areas -> areas.offers(fundingArea, submittedOn)).isEmpty()) {
            throw Rejection.conflict("the programme no longer has funding area " + fundingArea + " on "
                    + submittedOn + ", so the call accepts no proposals");
        }
        indicators.check(command.plannedIndicators(), "plannedIndicators");
        var ownRegion = proposalRegion(command);
        if (ownRegion != null && !network().equals(networkOf(ownRegion, networks))) {
            throw Rejection.invalid("regionKey", "region " + ownRegion + " belongs to network "
                    + networkOf(ownRegion, networks) + "; this state-wide call is network " + network() + "'s");
        }
        apply(new ProposalSubmitted(id, command.proposalId(), command.sponsor(), command.title(), command.summary(),
                command.requested(), command.durationMonths(), command.plannedIndicators(), submittedAt, ownRegion),
                inRegion(ownRegion != null ? ownRegion : regionKey));
        return AggregateLifecycle.getVersion();
    }

    /** The region a proposal names: required in a state-wide call, and none but the call's in a regional one. */
    private RegionKey proposalRegion(SubmitProposal command) {
        if (regionKey == null && command.regionKey() == null) {
            throw Rejection.invalid("regionKey", "a proposal to a state-wide call names the region it is for");
        }
        if (regionKey != null && command.regionKey() != null && !regionKey.equals(command.regionKey())) {
            throw Rejection.invalid("regionKey", "the call is open in region " + regionKey + " only, not in "
                    + command.regionKey());
        }
        return regionKey == null ? command.regionKey() : null;
    }

    /**
     * When the proposal was submitted: given for one recorded late, else now. It cannot lie in the future or before
     * the call opened; one submitted before the deadline is taken even after the call closed, until the selection.
     */
    private Instant submittedAt(SubmitProposal command) {
        var now = now();
        var submittedAt = command.submittedAt() != null ? command.submittedAt() : now;
        if (submittedAt.isAfter(now)) {
            throw Rejection.invalid("submittedAt", "a proposal is submitted at a moment that has come; "
                    + submittedAt + " is in the future");
        }
        if (openedOn != null && submittedAt.isBefore(NetworkTime.startOf(openedOn))) {
            throw Rejection.invalid("submittedAt", "the call opened on " + openedOn + "; a proposal of "
                    + submittedAt + " precedes it");
        }
        return submittedAt;
    }

    /** Handled at least once: a call closed already stays as it is. */
    @DeadlineHandler(deadlineName = SUBMISSION_DEADLINE)
    void close(SubmissionDeadline due) {
        if (status == Status.OPEN) {
            apply(new CallClosed(id, due.at()), where(regionKey));
        }
    }

    @CommandHandler
    long handle(SelectProposals command, Decisions decisions) throws Exception {
        if (procedure() != DecisionProcedure.REGIONAL_SELECTION) {
            throw Rejection.conflict("this call follows procedure " + procedure() + ": its region advises "
                    + "(POST /api/calls/" + id + "/advice) and the state decides (…/funding-decisions); "
                    + "there is no regional selection");
        }
        switch (status) {
            case OPEN -> throw Rejection.conflict("the call takes proposals until " + deadline
                    + "; the selection comes after it closed");
            case DECIDED -> throw Rejection.conflict("the selection of this call is already recorded");
            default -> {
            }
        }
        var resolution = requireDecidingResolution(command, decisions);
        var selected = new Selection(proposals, budget).judge(command);
        apply(new ProposalsSelected(id, command.resolutionId(), selected, command.notSelected()),
                inRegion(regionKey));
        // a project exists from the day the working group selected it, however late the selection is recorded
        var launchedOn = resolution.date();
        for (var award : selected) {
            var proposal = proposals.get(award.proposalId());
            var launched = new ProjectLaunched(award.projectId(), id, proposal.proposalId(), command.resolutionId(),
                    regionKey, programmeId, fundingArea, proposal.sponsor(), proposal.title(), proposal.summary(),
                    award.amount(), proposal.durationMonths(), proposal.plannedIndicators(), launchedOn);
            createNew(Project.class, () -> new Project(launched));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * The resolution must be the working group's, a decision (an advisory group's resolution only recommends and
     * selects nothing), adopted, about this call, taken once the deadline had passed, and nobody whose organisation
     * sponsors a proposal here may have taken part in it. Answers the resolution.
     */
    private Decisions.Resolved requireDecidingResolution(SelectProposals command, Decisions decisions) {
        var resolutionId = command.resolutionId();
        var resolution = decisions.resolution(workingGroupId, resolutionId).orElseThrow(() -> Rejection.invalid(
                "resolutionId", "the working group of region " + regionKey + " has no resolution " + resolutionId));
        if (!resolution.concerns(Subject.Type.CALL, id.value())) {
            throw Rejection.invalid("resolutionId", "resolution " + resolutionId + " is not about this call; its "
                    + "subject must be {\"type\":\"CALL\",\"id\":\"" + id + "\"}");
        }
        if (resolution.effect() == ResolutionEffect.RECOMMENDATION) {
            throw Rejection.invalid("resolutionId", "resolution " + resolutionId + " is a recommendation of an "
                    + "advisory working group; it selects nothing, a selection needs a deciding resolution");
        }
        if (resolution.outcome() != Outcome.ADOPTED) {
            throw Rejection.invalid("resolutionId", "resolution " + resolutionId + " was rejected; a selection "
                    + "needs an adopted resolution");
        }
        var deadlineDay = NetworkTime.dayOf(deadline);
        if (resolution.date().isBefore(deadlineDay)) {
            throw Rejection.invalid("resolutionId", "resolution " + resolutionId + " of " + resolution.date()
                    + " was taken before the call's deadline (" + deadlineDay + ")");
        }
        var sponsoring = new Subject(Subject.Type.CALL, id.value(), proposals.values().stream()
                .map(ProposalSubmitted::sponsor).toList());
        resolution.takingPart().stream()
                .filter(organisation -> organisation != null && sponsoring.sponsoredBy(organisation))
                .findFirst().ifPresent(organisation -> {
                    throw Rejection.invalid("resolutionId", organisation + " sponsors a proposal in this call and "
                            + "took part in resolution " + resolutionId + "; its member must be recused");
                });
        return resolution;
    }

    @CommandHandler
    long handle(AdviseOnProposals command) {
        requireStateDecision("advice");
        if (status == Status.OPEN) {
            throw Rejection.conflict("the call takes proposals until " + deadline + "; the advice comes after it "
                    + "closed");
        }
        var advisedOn = Procedures.dayOf(command.advisedOn(), now(), "advisedOn");
        var regions = advisingRegions(command);
        new Advising(proposals.keySet(), advised.keySet(), decided).judge(command);
        if (regions.size() > 1) {
            throw Rejection.invalid("advice", "an advisory vote is one region's; these proposals are in " + regions);
        }
        var region = regions.iterator().next();
        apply(new ProposalsAdvised(id, region, command.advice(), advisedOn), inRegion(region));
        return AggregateLifecycle.getVersion();
    }

    /**
     * The state's decision: every granted proposal becomes a {@link Project} of its region in the same unit of work,
     * launched on the day of the decision, funded from the funds granted.
     */
    @CommandHandler
    long handle(DecideFunding command) throws Exception {
        requireStateDecision("funding decisions");
        if (status == Status.OPEN) {
            throw Rejection.conflict("the call takes proposals until " + deadline + "; the state decides after it "
                    + "closed");
        }
        var decidedOn = Procedures.dayOf(command.decidedOn(), now(), "decidedOn");
        var granted = new FundingDecision(proposals, advised.keySet(), decided, budget, grantedSoFar)
                .judge(command);
        var regions = Stream.concat(command.granted().stream().map(FundingGrant::proposalId),
                command.refused().stream().map(FundingRefusal::proposalId))
                .map(proposal -> regionOf(proposals.get(proposal))).distinct().toList();
        // one region's decision is in that region, like every other fact of it; one across regions in each
        apply(new FundingDecided(id, granted, command.refused(), decidedOn),
                regions.size() == 1 ? inRegion(regions.get(0)) : EventContext.inRegions(regions));
        for (var grant : granted) {
            var proposal = proposals.get(grant.proposalId());
            var launched = new ProjectLaunched(grant.projectId(), id, proposal.proposalId(), null, regionOf(proposal),
                    programmeId, fundingArea, proposal.sponsor(), proposal.title(), proposal.summary(),
                    FundAmount.total(grant.funds()), proposal.durationMonths(), proposal.plannedIndicators(),
                    decidedOn, null, grant.funds());
            createNew(Project.class, () -> new Project(launched));
        }
        return AggregateLifecycle.getVersion();
    }

    private void requireStateDecision(String what) {
        if (procedure() != DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION) {
            throw Rejection.conflict("this call follows procedure " + procedure() + ": its working group selects "
                    + "(POST /api/calls/" + id + "/selection); " + what + " belong to procedure "
                    + DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION);
        }
    }

    private DecisionProcedure procedure() {
        return DecisionProcedure.orDefault(procedure);
    }

    private NetworkId network() {
        return network == null ? NetworkId.SACHSEN_ANHALT : network;
    }

    /** Axon's clock, which stamps events too (and which test fixtures set). */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(CallOpened event) {
        id = event.callId();
        regionKey = event.regionKey();
        workingGroupId = event.workingGroupId();
        programmeId = event.programmeId();
        fundingArea = event.fundingArea();
        budget = event.budget();
        deadline = event.deadline();
        openedOn = event.openedOn();
        procedure = event.procedure();
        network = event.network();
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        proposals.put(event.proposalId(), event);
    }

    @EventSourcingHandler
    void on(CallClosed event) {
        status = Status.CLOSED;
    }

    @EventSourcingHandler
    void on(ProposalsSelected event) {
        status = Status.DECIDED;
    }

    @EventSourcingHandler
    void on(ProposalsAdvised event) {
        event.advice().forEach(advice -> advised.put(advice.proposalId(), advice));
    }

    @EventSourcingHandler
    void on(FundingDecided event) {
        event.granted().forEach(grant -> {
            decided.add(grant.proposalId());
            grantedSoFar = grantedSoFar.plus(FundAmount.total(grant.funds()));
        });
        event.refused().forEach(refusal -> decided.add(refusal.proposalId()));
        if (decided.containsAll(proposals.keySet())) {
            status = Status.DECIDED;
        }
    }
}
