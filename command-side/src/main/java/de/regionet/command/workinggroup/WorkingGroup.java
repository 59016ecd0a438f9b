package de.regionet.command.workinggroup;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.command.access.RegionScope;
import de.regionet.kernel.ContradictsRecordedDecisions;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionCommand.AdoptPriorities;
import de.regionet.kernel.workinggroup.DecisionCommand.CastCirculationVote;
import de.regionet.kernel.workinggroup.DecisionCommand.DeclareCirculationRecusal;
import de.regionet.kernel.workinggroup.DecisionCommand.OpenCirculation;
import de.regionet.kernel.workinggroup.DecisionCommand.PreviewResolution;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.DecisionCommand.SetRulesOfProcedure;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationOpened;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationRecusalDeclared;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationVoteCast;
import de.regionet.kernel.workinggroup.DecisionEvent.PrioritiesAdopted;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.DecisionEvent.RulesOfProcedureSet;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionEffect;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.WorkingGroupCommand;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.AdmitMember;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.SetCoordination;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.WithdrawMember;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.CoordinationSet;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.kernel.workinggroup.WorkingGroupKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static de.regionet.command.stream.EventContext.inRegion;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A regional working group (RAK): its members, the coordination office that runs it, its rules of procedure and
 * the decisions it takes by them. Established through its region; every command handler answers the aggregate
 * version after the change. Decisions live here because judging one needs the membership and the rules on its
 * date, which only the working group knows consistently.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
// revision 3: the founding day and who took part in each decision when; snapshots of older revisions are ignored
@Revision("3")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class WorkingGroup {

    @AggregateIdentifier
    private WorkingGroupId id;
    private RegionKey regionKey;
    /** The day the group was established; {@code null} where its establishment was stored without one. */
    private LocalDate establishedOn;
    /** Deciding or advisory; {@code null} in snapshots taken before kinds existed, which were all deciding. */
    private WorkingGroupKind kind;
    // not final: a snapshot is read back into these fields
    /** Every membership ever, by id: an id names one membership and is never reused; withdrawn ones stay. */
    private Map<MemberId, Membership> members = new HashMap<>();
    /** Rules of procedure by the day they take effect, earliest first. */
    private List<RulesOfProcedure> rules = new ArrayList<>();
    private Map<ResolutionId, Outcome> resolutions = new HashMap<>();
    /** For each decision, the members who took part (present or voting) and the day each took part. */
    private Map<ResolutionId, Map<MemberId, LocalDate>> participation = new LinkedHashMap<>();
    /** The latest day a recorded or pending decision was judged by; rules cannot change on or before it. */
    private LocalDate lastJudgedOn;
    private Map<Integer, Circulation> openCirculations = new HashMap<>();
    private int circulationsOpened;

    /** For Axon, and for Jackson when it reads a snapshot (not the constructor that applies an event). */
    @JsonCreator
    protected WorkingGroup() {
    }

    public WorkingGroup(WorkingGroupId id, RegionKey regionKey, String name, LocalDate establishedOn,
                        WorkingGroupKind kind) {
        apply(new WorkingGroupEstablished(id, regionKey, name, establishedOn, kind), inRegion(regionKey));
    }

    /** The sender must act for the working group's region; only then does the version it saw matter. */
    @CommandHandlerInterceptor
    Object checkSenderAndVersion(WorkingGroupCommand command, MetaData metaData, InterceptorChain chain)
            throws Exception {
        RegionScope.check(metaData, regionKey);
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    // ---- membership and coordination

    @CommandHandler
    long handle(AdmitMember command) {
        if (members.containsKey(command.memberId())) {
            throw Rejection.conflict("member id " + command.memberId() + " is already taken in this working group");
        }
        if (establishedOn != null && command.admittedOn().isBefore(establishedOn)) {
            throw Rejection.invalid("admittedOn", "the working group was established on " + establishedOn
                    + "; nobody can be admitted before (" + command.admittedOn() + ")");
        }
        if (members.values().stream().anyMatch(member -> member.active()
                && member.organisation().equalsIgnoreCase(command.organisation()))) {
            throw Rejection.conflict(command.organisation() + " is already a member of this working group");
        }
        apply(new MemberAdmitted(id, command.memberId(), command.organisation(), command.category(),
                command.admittedOn()), inRegion(regionKey));
        return version();
    }

    @CommandHandler
    long handle(WithdrawMember command) {
        var member = members.get(command.memberId());
        if (member == null || !member.active()) {
            throw Rejection.notFound("no active member " + command.memberId() + " in this working group");
        }
        if (command.withdrawnOn().isBefore(member.admittedOn())) {
            throw Rejection.invalid("withdrawnOn", "a withdrawal cannot precede the member's admission");
        }
        var affected = decisionsTakenPartInAfter(command.memberId(), command.withdrawnOn());
        if (!affected.isEmpty() && !command.correction()) {
            throw new ContradictsRecordedDecisions("withdrawnOn", "a withdrawal on " + command.withdrawnOn()
                    + " contradicts decisions already recorded in which " + command.memberId() + " took part later: "
                    + affected.stream().map(ResolutionId::value).collect(Collectors.joining(", "))
                    + "; record it as a correction to mark them as affected",
                    affected.stream().map(ResolutionId::value).toList());
        }
        apply(new MemberWithdrawn(id, command.memberId(), command.withdrawnOn(), affected.isEmpty() ? null : affected),
                inRegion(regionKey));
        return version();
    }

    /** The decisions {@code member} took part in (present or voting) on a day after {@code day}, in order. */
    private List<ResolutionId> decisionsTakenPartInAfter(MemberId member, LocalDate day) {
        return participation.entrySet().stream()
                .filter(decision -> decision.getValue().containsKey(member)
                        && decision.getValue().get(member).isAfter(day))
                .map(Map.Entry::getKey).toList();
    }

    @CommandHandler
    long handle(SetCoordination command) {
        apply(new CoordinationSet(id, command.organisation(), command.period()), inRegion(regionKey));
        return version();
    }

    // ---- rules of procedure and resolutions from meetings

    @CommandHandler
    long handle(SetRulesOfProcedure command) {
        var validFrom = command.rules().validFrom();
        if (lastJudgedOn != null && !validFrom.isAfter(lastJudgedOn)) {
            throw new Rejection(Rejection.Kind.CONFLICT, "validFrom", "rules valid from " + validFrom
                    + " would change the rules a decision of " + lastJudgedOn + " was judged by; new rules of "
                    + "procedure take effect after the last decision");
        }
        apply(new RulesOfProcedureSet(id, command.rules()), inRegion(regionKey));
        return version();
    }

    @CommandHandler
    DecisionAnswer.Resolution handle(RecordResolution command) {
        var resolution = MeetingResolution.judge(id, command, electorateFor(command), effect());
        apply(resolution, inRegion(regionKey));
        return new DecisionAnswer.Resolution(version(), resolution.outcome());
    }

    /** Judged as {@link #handle(RecordResolution)} judges, applying nothing: the stream stays as it is. */
    @CommandHandler
    ResolutionJudgement handle(PreviewResolution command) {
        return MeetingResolution.assess(command.resolution(), electorateFor(command.resolution()));
    }

    private Electorate electorateFor(RecordResolution command) {
        requireUnused(command.resolutionId());
        var rulesOfTheDay = rulesOn(command.date()).orElseThrow(() -> Rejection.invalid("date",
                "no rules of procedure are in force on " + command.date() + "; set the working group's rules first")
                .saying("resolution.no-rules", command.date()));
        return Electorate.on(command.date(), rulesOfTheDay, members);
    }

    // ---- written procedures

    @CommandHandler
    DecisionAnswer.Circulation handle(OpenCirculation command, DeadlineManager deadlines) {
        requireUnused(command.resolutionId());
        var openedOn = command.openedOn();
        var rulesOfTheDay = rulesOn(openedOn).orElseThrow(() -> Rejection.invalid(null,
                "no rules of procedure are in force on " + openedOn + "; set the working group's rules first"));
        var electorate = Electorate.on(openedOn, rulesOfTheDay, members);
        var votingMembers = electorate.votingMembers();
        var recusals = electorate.sponsorRecusals(command.subject());
        if (recusals.size() == votingMembers.size()) {
            throw Rejection.invalid(null, votingMembers.isEmpty()
                    ? "no member has a vote on " + openedOn + " under the rules of procedure in force"
                    : "every member with a vote sponsors the subject and is recused; nobody could decide it");
        }
        int number = circulationsOpened + 1;
        apply(new CirculationOpened(id, number, command.resolutionId(), command.motion(), command.subject(), openedOn,
                command.deadline(), rulesOfTheDay, votingMembers, recusals), inRegion(regionKey));
        deadlines.schedule(command.closesAt(), CirculationDeadline.name(number), new CirculationDeadline(id, number));
        return new DecisionAnswer.Circulation(version(), number, null);
    }

    @CommandHandler
    DecisionAnswer.Circulation handle(CastCirculationVote command, DeadlineManager deadlines) {
        var circulation = openCirculation(command.circulation(), command.castOn());
        var voter = command.memberId();
        requireVote(circulation, voter);
        if (circulation.voted(voter)) {
            throw Rejection.conflict(voter + " has already voted in written procedure " + circulation.number()
                    + "; every member votes once");
        }
        apply(new CirculationVoteCast(id, circulation.number(), voter, command.vote(), command.castOn()),
                inRegion(regionKey));
        return decideIfComplete(circulation.number(), command.castOn(), deadlines);
    }

    @CommandHandler
    DecisionAnswer.Circulation handle(DeclareCirculationRecusal command, DeadlineManager deadlines) {
        var circulation = openCirculation(command.circulation(), command.declaredOn());
        var member = command.memberId();
        requireVote(circulation, member);
        if (circulation.voted(member)) {
            throw Rejection.conflict(member + " has already voted in written procedure " + circulation.number()
                    + "; a recusal must come instead of the vote");
        }
        apply(new CirculationRecusalDeclared(id, circulation.number(), member, command.reason(),
                command.declaredOn()), inRegion(regionKey));
        return decideIfComplete(circulation.number(), command.declaredOn(), deadlines);
    }

    /** At least once: a deadline handled again, or after the procedure was decided early, changes nothing. */
    @DeadlineHandler
    void on(CirculationDeadline deadline) {
        var circulation = openCirculations.get(deadline.circulation());
        if (circulation != null) {
            apply(circulation.decide(id, circulation.deadline(), effect()), inRegion(regionKey));
        }
    }

    // ---- priorities for action

    @CommandHandler
    DecisionAnswer.Priorities handle(AdoptPriorities command) {
        var outcome = resolutions.get(command.resolutionId());
        if (outcome == null) {
            throw Rejection.invalid("resolutionId", "no resolution " + command.resolutionId()
                    + " of this working group");
        }
        if (outcome != Outcome.ADOPTED) {
            throw Rejection.invalid("resolutionId", "resolution " + command.resolutionId()
                    + " was rejected; priorities for action need an adopted resolution");
        }
        var titles = new HashSet<String>();
        for (var priority : command.priorities()) {
            if (!titles.add(PriorityForAction.normalisedTitle(priority.title()))) {
                throw Rejection.invalid("priorities", "the priority \"" + priority.title() + "\" is listed twice");
            }
        }
        apply(new PrioritiesAdopted(id, command.resolutionId(), command.period(), command.priorities()),
                inRegion(regionKey));
        return new DecisionAnswer.Priorities(version(), regionKey);
    }

    // ---- rules shared by the handlers

    private Optional<RulesOfProcedure> rulesOn(LocalDate day) {
        return rules.stream().filter(version -> !version.validFrom().isAfter(day))
                .reduce((earlier, later) -> later);
    }

    private void requireUnused(ResolutionId resolution) {
        if (resolutions.containsKey(resolution) || openCirculations.values().stream()
                .anyMatch(circulation -> circulation.resolutionId().equals(resolution))) {
            throw Rejection.conflict("resolution id " + resolution + " is already taken in this working group")
                    .saying("resolution.id-taken", resolution);
        }
    }

    private Circulation openCirculation(int number, LocalDate on) {
        var circulation = openCirculations.get(number);
        if (circulation == null) {
            throw number >= 1 && number <= circulationsOpened
                    ? Rejection.conflict("written procedure " + number + " is already decided")
                    : Rejection.notFound("no written procedure " + number + " in this working group");
        }
        if (on.isAfter(circulation.deadline())) {
            throw Rejection.conflict("written procedure " + number + " took votes until " + circulation.deadline());
        }
        return circulation;
    }

    private static void requireVote(Circulation circulation, MemberId member) {
        if (!circulation.hasVote(member)) {
            throw Rejection.invalid("memberId", member + " has no vote in written procedure " + circulation.number()
                    + " (the members with a vote on " + circulation.openedOn() + ")");
        }
        if (circulation.recused(member)) {
            throw Rejection.invalid("memberId", member + " is recused from written procedure "
                    + circulation.number() + " and may not vote");
        }
    }

    private DecisionAnswer.Circulation decideIfComplete(int number, LocalDate on, DeadlineManager deadlines) {
        var circulation = openCirculations.get(number);
        if (!circulation.complete()) {
            return new DecisionAnswer.Circulation(version(), number, null);
        }
        var resolution = circulation.decide(id, on, effect());
        apply(resolution, inRegion(regionKey));
        deadlines.cancelAllWithinScope(CirculationDeadline.name(number));
        return new DecisionAnswer.Circulation(version(), number, resolution.outcome());
    }

    /** What this group's resolutions do: an advisory group only recommends. */
    private ResolutionEffect effect() {
        return WorkingGroupKind.orDeciding(kind).effect();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    // ---- state

    @EventSourcingHandler
    void on(WorkingGroupEstablished event) {
        id = event.workingGroupId();
        regionKey = event.regionKey();
        establishedOn = event.establishedOn();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(MemberAdmitted event) {
        members.put(event.memberId(), new Membership(event.organisation(), event.category(), event.admittedOn(),
                null));
    }

    @EventSourcingHandler
    void on(MemberWithdrawn event) {
        members.computeIfPresent(event.memberId(), (member, membership) -> membership.withdrawn(event.withdrawnOn()));
    }

    @EventSourcingHandler
    void on(RulesOfProcedureSet event) {
        rules.removeIf(version -> version.validFrom().equals(event.rules().validFrom()));
        rules.add(event.rules());
        rules.sort(Comparator.comparing(RulesOfProcedure::validFrom));
    }

    @EventSourcingHandler
    void on(ResolutionRecorded event) {
        resolutions.put(event.resolutionId(), event.outcome());
        if (event.procedure() == Procedure.MEETING) {
            var takingPart = participation.computeIfAbsent(event.resolutionId(), resolution -> new HashMap<>());
            event.present().forEach(member -> takingPart.put(member, event.date()));
            event.votes().forEach(vote -> takingPart.put(vote.memberId(), event.date()));
        }
        if (event.procedure() == Procedure.WRITTEN) {
            openCirculations.remove(event.circulation());
        } else {
            judgedOn(event.date());
        }
    }

    @EventSourcingHandler
    void on(CirculationOpened event) {
        circulationsOpened = event.circulation();
        openCirculations.put(event.circulation(), Circulation.opened(event));
        judgedOn(event.openedOn());
    }

    @EventSourcingHandler
    void on(CirculationVoteCast event) {
        openCirculations.computeIfPresent(event.circulation(), (number, circulation) -> {
            participation.computeIfAbsent(circulation.resolutionId(), resolution -> new HashMap<>())
                    .put(event.memberId(), event.castOn());
            return circulation;
        });
        openCirculations.computeIfPresent(event.circulation(),
                (number, circulation) -> circulation.with(new CastVote(event.memberId(), event.vote())));
    }

    @EventSourcingHandler
    void on(CirculationRecusalDeclared event) {
        openCirculations.computeIfPresent(event.circulation(),
                (number, circulation) -> circulation.with(new Recusal(event.memberId(), event.reason())));
    }

    private void judgedOn(LocalDate day) {
        if (lastJudgedOn == null || day.isAfter(lastJudgedOn)) {
            lastJudgedOn = day;
        }
    }
}
