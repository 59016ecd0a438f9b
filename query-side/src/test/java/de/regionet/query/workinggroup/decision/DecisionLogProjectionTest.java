package de.regionet.query.workinggroup.decision;

import de.regionet.kernel.Period;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.CastVote;
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
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.CoordinationSet;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision log names who voted how, follows written procedures, links consequences, and is idempotent. */
class DecisionLogProjectionTest {

    private static final WorkingGroupId RAK = new WorkingGroupId("rak-15089");
    private static final MemberId JOBCENTER = new MemberId("m-jc");
    private static final MemberId AGENCY = new MemberId("m-aa");
    private static final MemberId SPONSOR = new MemberId("m-bw");
    private static final ResolutionId MEETING = new ResolutionId("r-meeting");
    private static final ResolutionId WRITTEN = new ResolutionId("r-written");
    private static final LocalDate JULY = LocalDate.of(2022, 7, 1);
    private static final RulesOfProcedure RULES = new RulesOfProcedure(JULY,
            RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS, RulesOfProcedure.Majority.SIMPLE,
            List.of(StakeholderCategory.JOB_CENTRE, StakeholderCategory.EMPLOYMENT_AGENCY,
                    StakeholderCategory.WELFARE_ASSOCIATION));
    private static final List<MemberId> VOTING = List.of(AGENCY, SPONSOR, JOBCENTER);
    private static final Subject PROPOSAL = new Subject(Subject.Type.PROPOSAL, "p-1", List.of("Bildungswerk"));
    private static final Subject CALL = new Subject(Subject.Type.CALL, "c-1", List.of("Bildungswerk"));

    private InMemoryMongo mongo;
    private DecisionLogProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new DecisionLogProjection(mongo.database("decisionlog"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    /** A working group's history, each event with its aggregate version. */
    private void deliverHistory() {
        projection.on(new WorkingGroupEstablished(RAK, new RegionKey("15089"), "RAK Salzlandkreis"), 0);
        projection.on(new MemberAdmitted(RAK, JOBCENTER, "Jobcenter", StakeholderCategory.JOB_CENTRE, JULY), 1);
        projection.on(new MemberAdmitted(RAK, AGENCY, "Agentur", StakeholderCategory.EMPLOYMENT_AGENCY, JULY), 2);
        projection.on(new MemberAdmitted(RAK, SPONSOR, "Bildungswerk", StakeholderCategory.WELFARE_ASSOCIATION,
                JULY), 3);
        projection.on(new RulesOfProcedureSet(RAK, RULES), 4);
        projection.on(new ResolutionRecorded(RAK, MEETING, Procedure.MEETING, null, LocalDate.of(2022, 9, 14),
                "TOP 3", "Auswahl p-1", PROPOSAL, RULES, VOTING, VOTING,
                List.of(new CastVote(JOBCENTER, Vote.YES), new CastVote(AGENCY, Vote.ABSTAIN)),
                List.of(new Recusal(SPONSOR, "Träger")), true, Outcome.ADOPTED), 5);
        projection.on(new CirculationOpened(RAK, 1, WRITTEN, "Umlauf", CALL, LocalDate.of(2022, 10, 1),
                LocalDate.of(2022, 10, 14), RULES, VOTING, List.of(new Recusal(SPONSOR, "Träger im Aufruf"))), 6);
        projection.on(new CirculationVoteCast(RAK, 1, JOBCENTER, Vote.NO, LocalDate.of(2022, 10, 2)), 7);
        projection.on(new CirculationRecusalDeclared(RAK, 1, AGENCY, "Befangen", LocalDate.of(2022, 10, 3)), 8);
        projection.on(new ResolutionRecorded(RAK, WRITTEN, Procedure.WRITTEN, 1, LocalDate.of(2022, 10, 3), null,
                "Umlauf", CALL, RULES, VOTING, List.of(JOBCENTER), List.of(new CastVote(JOBCENTER, Vote.NO)),
                List.of(new Recusal(SPONSOR, "Träger im Aufruf"), new Recusal(AGENCY, "Befangen")), false,
                Outcome.REJECTED), 9);
        projection.on(new PrioritiesAdopted(RAK, MEETING, new Period(LocalDate.of(2023, 1, 1), null),
                List.of(new PriorityForAction("Fachkräftesicherung", List.of(new FundingArea("C"))))), 10);
        projection.on(new CoordinationSet(RAK, "REKO", new Period(JULY, null)), 11);
    }

    private DecisionLogView log() {
        return projection.logs().find(RAK.value()).orElseThrow();
    }

    @Test
    void a_resolution_of_an_advisory_group_is_logged_as_a_recommendation_and_an_older_one_as_a_decision() {
        deliverHistory();
        projection.on(new ResolutionRecorded(RAK, new ResolutionId("r-advice"), Procedure.MEETING, null,
                LocalDate.of(2023, 2, 1), "TOP 1", "Empfehlung", CALL, RULES, VOTING, VOTING,
                List.of(new CastVote(JOBCENTER, Vote.YES)), List.of(), true, Outcome.ADOPTED,
                ResolutionEffect.RECOMMENDATION), 12);

        assertThat(log().resolutions()).extracting(DecisionLogView.Resolution::effect).containsExactly(
                ResolutionEffect.DECISION, ResolutionEffect.DECISION, ResolutionEffect.RECOMMENDATION);
    }

    @Test
    void a_resolution_names_who_could_vote_who_voted_how_and_who_was_recused() {
        deliverHistory();
        var meeting = log().resolutions().get(0);
        assertThat(meeting.votingMembers()).extracting(DecisionLogView.MemberRef::organisation)
                .containsExactly("Agentur", "Bildungswerk", "Jobcenter");
        assertThat(meeting.votes()).extracting(vote -> vote.member().organisation() + " " + vote.vote())
                .containsExactly("Jobcenter YES", "Agentur ABSTAIN");
        assertThat(meeting.recusals().get(0).member().organisation()).isEqualTo("Bildungswerk");
        assertThat(meeting.tally()).isEqualTo(new DecisionLogView.Tally(1, 0, 1));
        assertThat(meeting.subject().href()).as("a proposal is read within its call").isNull();
        assertThat(meeting.consequences()).containsExactly(new DecisionLogView.Consequence("PRIORITIES",
                LocalDate.of(2023, 1, 1), null, "/api/regions/15089/priorities?asOf=2023-01-01"));
    }

    @Test
    void a_written_procedure_is_followed_until_it_is_decided_and_logged_as_a_resolution() {
        deliverHistory();
        var circulation = log().circulations().get(0);
        assertThat(circulation.status()).isEqualTo("DECIDED");
        assertThat(circulation.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(circulation.votes()).hasSize(1);
        assertThat(circulation.recusals()).extracting(recusal -> recusal.member().organisation())
                .containsExactly("Bildungswerk", "Agentur");
        var written = log().resolutions().get(1);
        assertThat(written.procedure()).isEqualTo(Procedure.WRITTEN);
        assertThat(written.quorate()).isFalse();
        assertThat(written.subject().href()).isEqualTo("/api/calls/c-1");
    }

    @Test
    void a_withdrawal_recorded_as_a_correction_marks_the_resolutions_it_affects_and_keeps_them_as_recorded() {
        deliverHistory();
        var before = log().resolutions().get(0);
        var recordedAt = Instant.parse("2024-03-01T10:00:00Z");
        projection.on(new MemberWithdrawn(RAK, AGENCY, LocalDate.of(2022, 9, 1), List.of(MEETING)), 12, recordedAt);

        var meeting = log().resolutions().get(0);
        assertThat(meeting.affectedBy()).containsExactly(new DecisionLogView.AffectedBy("MEMBER_WITHDRAWN",
                new DecisionLogView.MemberRef(AGENCY.value(), "Agentur", StakeholderCategory.EMPLOYMENT_AGENCY),
                LocalDate.of(2022, 9, 1), recordedAt));
        assertThat(meeting.votes()).isEqualTo(before.votes());
        assertThat(meeting.outcome()).isEqualTo(before.outcome());
        assertThat(log().resolutions().get(1).affectedBy()).isEmpty();
        assertThat(log().version()).isEqualTo(12);

        projection.on(new MemberWithdrawn(RAK, AGENCY, LocalDate.of(2022, 9, 1), List.of(MEETING)), 12, recordedAt);
        assertThat(log().resolutions().get(0).affectedBy()).as("delivered again").hasSize(1);
    }

    @Test
    void a_withdrawal_that_affects_nothing_marks_nothing() {
        deliverHistory();
        projection.on(new MemberWithdrawn(RAK, AGENCY, LocalDate.of(2023, 9, 1)), 12, Instant.now());
        assertThat(log().resolutions()).allSatisfy(resolution -> assertThat(resolution.affectedBy()).isEmpty());
    }

    @Test
    void the_log_reports_the_working_groups_version_whatever_the_last_event() {
        deliverHistory();
        assertThat(log().version()).isEqualTo(11);
    }

    @Test
    void delivering_the_history_again_changes_nothing() {
        deliverHistory();
        var once = log();
        deliverHistory();
        assertThat(log()).isEqualTo(once);
        assertThat(log().resolutions()).hasSize(2);
        assertThat(log().resolutions().get(0).consequences()).hasSize(1);
    }
}
