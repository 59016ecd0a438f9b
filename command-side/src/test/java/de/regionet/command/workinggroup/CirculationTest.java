package de.regionet.command.workinggroup;

import de.regionet.command.access.Senders;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionCommand.CastCirculationVote;
import de.regionet.kernel.workinggroup.DecisionCommand.DeclareCirculationRecusal;
import de.regionet.kernel.workinggroup.DecisionCommand.OpenCirculation;
import de.regionet.kernel.workinggroup.DecisionCommand.SetRulesOfProcedure;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationOpened;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationRecusalDeclared;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationVoteCast;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.DecisionEvent.RulesOfProcedureSet;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Majority;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;
import static de.regionet.command.workinggroup.Rak.AGENCY;
import static de.regionet.command.workinggroup.Rak.BILDUNGSWERK;
import static de.regionet.command.workinggroup.Rak.CHAMBER;
import static de.regionet.command.workinggroup.Rak.CONSTITUTED;
import static de.regionet.command.workinggroup.Rak.CONSTITUTED_VERSION;
import static de.regionet.command.workinggroup.Rak.EQUALITY;
import static de.regionet.command.workinggroup.Rak.JOBCENTER;
import static de.regionet.command.workinggroup.Rak.MUNICIPALITY_SEAT;
import static de.regionet.command.workinggroup.Rak.RAK;
import static de.regionet.command.workinggroup.Rak.RULES;
import static de.regionet.command.workinggroup.Rak.SALZLANDKREIS;
import static de.regionet.command.workinggroup.Rak.SPONSOR;
import static de.regionet.command.workinggroup.Rak.STRANGER;
import static de.regionet.command.workinggroup.Rak.VOTING;
import static de.regionet.command.workinggroup.Rak.constituted;
import static de.regionet.command.workinggroup.Rak.inSalzlandkreis;
import static de.regionet.kernel.workinggroup.RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS;

/**
 * Written (circulation) procedures: opened on 1 October 2022 with votes until the end of 14 October, decided when
 * every member with a vote has voted or been recused, or when the deadline passes.
 */
class CirculationTest {

    private static final LocalDate OPENED_ON = LocalDate.of(2022, 10, 1);
    private static final Instant OPENING_TIME = OPENED_ON.atTime(9, 0).atZone(NetworkTime.ZONE).toInstant();
    private static final LocalDate DEADLINE = LocalDate.of(2022, 10, 14);
    private static final Instant CLOSES_AT = DEADLINE.plusDays(1).atStartOfDay(NetworkTime.ZONE).toInstant();
    private static final LocalDate VOTING_DAY = LocalDate.of(2022, 10, 5);
    private static final ResolutionId RESOLUTION = new ResolutionId("b-2022-u1");
    private static final String MOTION = "Der RAK stimmt der Verlängerung der Interessenbekundungsfrist zu.";
    private static final Subject PROPOSAL = new Subject(Subject.Type.PROPOSAL, "p-17", List.of(SPONSOR));

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    private static OpenCirculation open(Subject subject) {
        return new OpenCirculation(RAK, RESOLUTION, MOTION, subject, OPENED_ON, DEADLINE, CLOSES_AT, null);
    }

    private static CastCirculationVote vote(MemberId member, Vote vote) {
        return vote(member, vote, VOTING_DAY);
    }

    private static CastCirculationVote vote(MemberId member, Vote vote, LocalDate on) {
        return new CastCirculationVote(RAK, 1, member, vote, on, null);
    }

    private static CirculationOpened opened(Subject subject, List<Recusal> recusals) {
        return new CirculationOpened(RAK, 1, RESOLUTION, MOTION, subject, OPENED_ON, DEADLINE, RULES, VOTING,
                recusals);
    }

    private static ResolutionRecorded decided(LocalDate on, Subject subject, List<CastVote> votes,
                                              List<Recusal> recusals, boolean quorate, Outcome outcome) {
        return new ResolutionRecorded(RAK, RESOLUTION, Procedure.WRITTEN, 1, on, null, MOTION, subject, RULES, VOTING,
                votes.stream().map(CastVote::memberId).toList(), votes, recusals, quorate, outcome);
    }

    /** The working group, constituted, on the opening day, having opened the procedure (deadline scheduled). */
    private TestExecutor<WorkingGroup> openedWith(Subject subject, Object... commands) {
        var all = new ArrayList<Object>();
        all.add(open(subject));
        all.addAll(List.of(commands));
        return fixture.givenCurrentTime(OPENING_TIME).andGiven(constituted()).andGivenCommands(all);
    }

    // ---- opening

    @Test
    void opening_a_written_procedure_records_who_has_a_vote_and_schedules_its_deadline() {
        fixture.givenCurrentTime(OPENING_TIME).andGiven(constituted())
                .when(open(null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new DecisionAnswer.Circulation(CONSTITUTED_VERSION + 1, 1, null))
                .expectEvents(inSalzlandkreis(opened(null, List.of())))
                .expectScheduledDeadline(CLOSES_AT, new CirculationDeadline(RAK, 1));
    }

    @Test
    void a_written_procedure_carries_whether_the_rules_of_its_opening_day_publish_the_voting_record() {
        var published = new RulesOfProcedure(LocalDate.of(2022, 9, 1), MORE_THAN_HALF_OF_VOTING_MEMBERS,
                Majority.SIMPLE, RULES.votingCategories(), true);
        fixture.givenCurrentTime(OPENING_TIME).andGiven(constituted())
                .andGiven(new RulesOfProcedureSet(RAK, published))
                .when(open(null))
                .expectEvents(inSalzlandkreis(new CirculationOpened(RAK, 1, RESOLUTION, MOTION, null, OPENED_ON,
                        DEADLINE, published, VOTING, List.of())));
    }

    @Test
    void members_of_the_subjects_sponsor_are_recused_from_the_start() {
        fixture.givenCurrentTime(OPENING_TIME).andGiven(constituted())
                .when(open(PROPOSAL))
                .expectEvents(inSalzlandkreis(opened(PROPOSAL, List.of(
                        new Recusal(BILDUNGSWERK, "Bildungswerk Salzland sponsors the PROPOSAL p-17")))));
    }

    @Test
    void a_written_procedure_without_rules_of_procedure_in_force_is_refused() {
        fixture.givenCurrentTime(OPENING_TIME)
                .andGiven(new WorkingGroupEstablished(RAK, SALZLANDKREIS, "RAK Salzlandkreis"),
                        Rak.admitted(AGENCY, "Agentur für Arbeit Bernburg", StakeholderCategory.EMPLOYMENT_AGENCY))
                .when(open(null))
                .expectException(rejectedAs(Rejection.Kind.INVALID))
                .expectExceptionMessage("no rules of procedure are in force on 2022-10-01; set the working group's "
                        + "rules first")
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_written_procedure_nobody_could_vote_in_is_refused() {
        var othersOnly = new RulesOfProcedure(CONSTITUTED, MORE_THAN_HALF_OF_VOTING_MEMBERS, Majority.SIMPLE,
                List.of(StakeholderCategory.OTHER));
        fixture.givenCurrentTime(OPENING_TIME).andGiven(constituted()).andGiven(new RulesOfProcedureSet(RAK, othersOnly))
                .when(open(null))
                .expectException(rejectedAs(Rejection.Kind.INVALID))
                .expectExceptionMessage("no member has a vote on 2022-10-01 under the rules of procedure in force")
                .expectNoEvents();
    }

    // ---- voting

    @Test
    void a_vote_is_recorded_and_the_procedure_stays_open_until_everyone_has_voted() {
        openedWith(null)
                .when(vote(AGENCY, Vote.YES))
                .expectResultMessagePayload(new DecisionAnswer.Circulation(CONSTITUTED_VERSION + 2, 1, null))
                .expectEvents(inSalzlandkreis(new CirculationVoteCast(RAK, 1, AGENCY, Vote.YES, VOTING_DAY)))
                .expectScheduledDeadline(CLOSES_AT, new CirculationDeadline(RAK, 1));
    }

    @Test
    void written_procedure_completes_early_when_every_member_with_a_vote_has_voted() {
        var votes = List.of(new CastVote(AGENCY, Vote.YES), new CastVote(JOBCENTER, Vote.YES),
                new CastVote(CHAMBER, Vote.NO), new CastVote(MUNICIPALITY_SEAT, Vote.YES),
                new CastVote(BILDUNGSWERK, Vote.ABSTAIN));
        openedWith(null, vote(AGENCY, Vote.YES), vote(JOBCENTER, Vote.YES), vote(CHAMBER, Vote.NO),
                vote(MUNICIPALITY_SEAT, Vote.YES))
                .when(vote(BILDUNGSWERK, Vote.ABSTAIN))
                .expectResultMessagePayload(new DecisionAnswer.Circulation(CONSTITUTED_VERSION + 7, 1, Outcome.ADOPTED))
                .expectEvents(inSalzlandkreis(new CirculationVoteCast(RAK, 1, BILDUNGSWERK, Vote.ABSTAIN, VOTING_DAY)),
                        inSalzlandkreis(decided(VOTING_DAY, null, votes, List.of(), true, Outcome.ADOPTED)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void written_procedure_is_decided_by_its_deadline_with_the_votes_cast_by_then() {
        var votes = List.of(new CastVote(AGENCY, Vote.YES), new CastVote(JOBCENTER, Vote.NO),
                new CastVote(CHAMBER, Vote.NO));
        openedWith(null, vote(AGENCY, Vote.YES), vote(JOBCENTER, Vote.NO), vote(CHAMBER, Vote.NO))
                .whenTimeAdvancesTo(CLOSES_AT)
                .expectTriggeredDeadlines(new CirculationDeadline(RAK, 1))
                .expectEvents(inSalzlandkreis(decided(DEADLINE, null, votes, List.of(), true, Outcome.REJECTED)));
    }

    @Test
    void a_written_procedure_without_a_quorum_of_votes_by_the_deadline_is_not_adopted() {
        var votes = List.of(new CastVote(AGENCY, Vote.YES), new CastVote(JOBCENTER, Vote.YES));
        openedWith(null, vote(AGENCY, Vote.YES), vote(JOBCENTER, Vote.YES))
                .whenTimeAdvancesTo(CLOSES_AT)
                .expectEvents(inSalzlandkreis(decided(DEADLINE, null, votes, List.of(), false, Outcome.REJECTED)));
    }

    @Test
    void nothing_happens_before_the_deadline() {
        openedWith(null, vote(AGENCY, Vote.YES))
                .whenTimeAdvancesTo(CLOSES_AT.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void a_deadline_that_arrives_after_the_decision_changes_nothing() {
        var votes = List.of(new CastVote(AGENCY, Vote.YES), new CastVote(JOBCENTER, Vote.YES),
                new CastVote(MUNICIPALITY_SEAT, Vote.YES));
        openedWith(null)
                .andGiven(decided(VOTING_DAY, null, votes, List.of(), true, Outcome.ADOPTED))
                .whenTimeAdvancesTo(CLOSES_AT)
                .expectTriggeredDeadlines(new CirculationDeadline(RAK, 1))
                .expectNoEvents();
    }

    @Test
    void a_recusal_counts_as_an_answer_and_can_complete_the_procedure() {
        var votes = List.of(new CastVote(AGENCY, Vote.YES), new CastVote(JOBCENTER, Vote.YES),
                new CastVote(CHAMBER, Vote.NO), new CastVote(MUNICIPALITY_SEAT, Vote.YES));
        var recusal = new Recusal(BILDUNGSWERK, "Vorstand ist Gesellschafter des Antragstellers");
        openedWith(null, vote(AGENCY, Vote.YES), vote(JOBCENTER, Vote.YES), vote(CHAMBER, Vote.NO),
                vote(MUNICIPALITY_SEAT, Vote.YES))
                .when(new DeclareCirculationRecusal(RAK, 1, BILDUNGSWERK, recusal.reason(), VOTING_DAY, null))
                .expectEvents(inSalzlandkreis(new CirculationRecusalDeclared(RAK, 1, BILDUNGSWERK, recusal.reason(),
                                VOTING_DAY)),
                        inSalzlandkreis(decided(VOTING_DAY, null, votes, List.of(recusal), true, Outcome.ADOPTED)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_procedure_about_a_sponsors_proposal_is_complete_without_the_sponsor() {
        var recusals = List.of(new Recusal(BILDUNGSWERK, "Bildungswerk Salzland sponsors the PROPOSAL p-17"));
        var votes = List.of(new CastVote(AGENCY, Vote.YES), new CastVote(JOBCENTER, Vote.YES),
                new CastVote(CHAMBER, Vote.NO), new CastVote(MUNICIPALITY_SEAT, Vote.NO));
        openedWith(PROPOSAL, vote(AGENCY, Vote.YES), vote(JOBCENTER, Vote.YES), vote(CHAMBER, Vote.NO))
                .when(vote(MUNICIPALITY_SEAT, Vote.NO))
                .expectEvents(inSalzlandkreis(new CirculationVoteCast(RAK, 1, MUNICIPALITY_SEAT, Vote.NO, VOTING_DAY)),
                        inSalzlandkreis(decided(VOTING_DAY, PROPOSAL, votes, recusals, true, Outcome.REJECTED)));
    }

    // ---- refused votes

    @Test
    void a_double_vote_in_a_written_procedure_is_refused() {
        openedWith(null, vote(AGENCY, Vote.YES))
                .when(vote(AGENCY, Vote.NO))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("m-agentur has already voted in written procedure 1; every member votes once")
                .expectNoEvents();
    }

    @Test
    void a_recused_sponsor_voting_in_a_written_procedure_is_refused() {
        openedWith(PROPOSAL)
                .when(vote(BILDUNGSWERK, Vote.YES))
                .expectException(rejected(Rejection.Kind.INVALID, "memberId"))
                .expectExceptionMessage("m-bildungswerk is recused from written procedure 1 and may not vote")
                .expectNoEvents();
    }

    @Test
    void a_non_member_voting_in_a_written_procedure_is_refused() {
        openedWith(null)
                .when(vote(STRANGER, Vote.YES))
                .expectException(rejected(Rejection.Kind.INVALID, "memberId"))
                .expectExceptionMessage("m-unbekannt has no vote in written procedure 1 (the members with a vote on "
                        + "2022-10-01)")
                .expectNoEvents();
    }

    @Test
    void a_member_without_a_vote_cannot_vote_in_a_written_procedure() {
        openedWith(null)
                .when(vote(EQUALITY, Vote.YES))
                .expectException(rejected(Rejection.Kind.INVALID, "memberId"))
                .expectNoEvents();
    }

    @Test
    void a_member_admitted_after_the_opening_has_no_vote_in_the_procedure() {
        var latecomer = new MemberId("m-hwk");
        openedWith(null)
                .andGiven(new MemberAdmitted(RAK, latecomer, "Handwerkskammer Halle", StakeholderCategory.BUSINESS,
                        OPENED_ON.plusDays(1)))
                .when(vote(latecomer, Vote.YES))
                .expectException(rejected(Rejection.Kind.INVALID, "memberId"))
                .expectNoEvents();
    }

    @Test
    void a_vote_after_the_deadline_is_refused() {
        openedWith(null)
                .when(vote(AGENCY, Vote.YES, DEADLINE.plusDays(1)))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("written procedure 1 took votes until 2022-10-14")
                .expectNoEvents();
    }

    @Test
    void a_vote_in_a_decided_procedure_is_refused() {
        var votes = List.of(new CastVote(AGENCY, Vote.YES), new CastVote(JOBCENTER, Vote.YES));
        openedWith(null, vote(AGENCY, Vote.YES), vote(JOBCENTER, Vote.YES))
                .andGiven(decided(DEADLINE, null, votes, List.of(), false, Outcome.REJECTED))
                .when(vote(CHAMBER, Vote.YES, DEADLINE))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("written procedure 1 is already decided")
                .expectNoEvents();
    }

    @Test
    void a_vote_in_an_unknown_procedure_is_refused() {
        openedWith(null)
                .when(new CastCirculationVote(RAK, 2, AGENCY, Vote.YES, VOTING_DAY, null))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectExceptionMessage("no written procedure 2 in this working group")
                .expectNoEvents();
    }

    @Test
    void a_recusal_after_voting_is_refused() {
        openedWith(null, vote(AGENCY, Vote.YES))
                .when(new DeclareCirculationRecusal(RAK, 1, AGENCY, "Befangenheit", VOTING_DAY, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("m-agentur has already voted in written procedure 1; a recusal must come "
                        + "instead of the vote")
                .expectNoEvents();
    }

    @Test
    void rules_cannot_change_on_or_before_an_open_procedures_opening_day() {
        var changed = new RulesOfProcedure(OPENED_ON, MORE_THAN_HALF_OF_VOTING_MEMBERS, Majority.TWO_THIRDS,
                RULES.votingCategories());
        openedWith(null)
                .when(new SetRulesOfProcedure(RAK, changed, null))
                .expectException(rejected(Rejection.Kind.CONFLICT, "validFrom"))
                .expectNoEvents();
    }

    @Test
    void a_resolution_id_of_an_open_procedure_cannot_be_used_again() {
        openedWith(null)
                .when(open(null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("resolution id b-2022-u1 is already taken in this working group")
                .expectNoEvents();
    }
}
