package de.regionet.query.workinggroup.decision;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.CastVote;
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
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.workinggroup.decision.DecisionLogView.Counts;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads how much of a decision log: the region's coordination, the network office and auditors the whole record;
 * everyone else the counts and outcomes, per-member votes only where the decision's rules publish them and it is not
 * about a call or proposal, and of a call's applicants only its own organisation.
 */
class DecisionLogDisclosureTest {

    private static final WorkingGroupId RAK = new WorkingGroupId("rak-15089");
    private static final MemberId JOBCENTER = new MemberId("m-jc");
    private static final MemberId AGENCY = new MemberId("m-aa");
    private static final MemberId SPONSOR = new MemberId("m-bw");
    private static final LocalDate JULY = LocalDate.of(2022, 7, 1);
    private static final LocalDate NEW_YEAR = LocalDate.of(2023, 1, 1);
    private static final List<StakeholderCategory> VOTING_CATEGORIES = List.of(StakeholderCategory.JOB_CENTRE,
            StakeholderCategory.EMPLOYMENT_AGENCY, StakeholderCategory.WELFARE_ASSOCIATION);
    private static final RulesOfProcedure CONFIDENTIAL = new RulesOfProcedure(JULY,
            RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS, RulesOfProcedure.Majority.SIMPLE,
            VOTING_CATEGORIES);
    private static final RulesOfProcedure PUBLISHED = new RulesOfProcedure(NEW_YEAR,
            RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS, RulesOfProcedure.Majority.SIMPLE,
            VOTING_CATEGORIES, true);
    private static final List<MemberId> VOTING = List.of(AGENCY, SPONSOR, JOBCENTER);
    private static final Subject CALL = new Subject(Subject.Type.CALL, "c-1",
            List.of("Bildungswerk Salzland", "Volkshochschule"));

    private static final Actor OFFICE = actor(Role.NETWORK_OFFICE, null, null);
    private static final Actor AUDITOR = actor(Role.AUDITOR, null, null);
    private static final Actor COORDINATOR = actor(Role.REGIONAL_COORDINATOR, "15089", null);
    private static final Actor FOREIGN_COORDINATOR = actor(Role.REGIONAL_COORDINATOR, "15001", null);
    private static final Actor BILDUNGSWERK = actor(Role.PROJECT_SPONSOR, null, "bildungswerk salzland");

    private InMemoryMongo mongo;
    private DecisionLogProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new DecisionLogProjection(mongo.database("disclosure"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static Actor actor(Role role, String region, String organisation) {
        return new Actor("someone", Set.of(role), region == null ? Set.of() : Set.of(new RegionKey(region)),
                organisation);
    }

    private static ResolutionRecorded meeting(String id, LocalDate date, Subject subject, RulesOfProcedure rules) {
        return new ResolutionRecorded(RAK, new ResolutionId(id), Procedure.MEETING, null, date, "TOP 1", "Beschluss",
                subject, rules, VOTING, VOTING,
                List.of(new CastVote(JOBCENTER, Vote.YES), new CastVote(AGENCY, Vote.NO)),
                List.of(new Recusal(SPONSOR, "Träger eines Vorschlags")), true, Outcome.REJECTED);
    }

    /**
     * Rules that keep the record confidential, a meeting under them, rules that publish it from 2023, a meeting on
     * the group's own affairs and one about a call under those, and a written procedure under each.
     */
    private void deliverHistory() {
        projection.on(new WorkingGroupEstablished(RAK, new RegionKey("15089"), "RAK Salzlandkreis"), 0);
        projection.on(new MemberAdmitted(RAK, JOBCENTER, "Jobcenter", StakeholderCategory.JOB_CENTRE, JULY), 1);
        projection.on(new MemberAdmitted(RAK, AGENCY, "Agentur", StakeholderCategory.EMPLOYMENT_AGENCY, JULY), 2);
        projection.on(new MemberAdmitted(RAK, SPONSOR, "Bildungswerk Salzland",
                StakeholderCategory.WELFARE_ASSOCIATION, JULY), 3);
        projection.on(new RulesOfProcedureSet(RAK, CONFIDENTIAL), 4);
        projection.on(meeting("r-2022", LocalDate.of(2022, 9, 14), null, CONFIDENTIAL), 5);
        projection.on(new CirculationOpened(RAK, 1, new ResolutionId("r-u1"), "Umlauf", null,
                LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 14), CONFIDENTIAL, VOTING, List.of()), 6);
        projection.on(new CirculationVoteCast(RAK, 1, JOBCENTER, Vote.NO, LocalDate.of(2022, 10, 2)), 7);
        projection.on(new CirculationRecusalDeclared(RAK, 1, SPONSOR, "Befangen", LocalDate.of(2022, 10, 3)), 8);
        projection.on(new RulesOfProcedureSet(RAK, PUBLISHED), 9);
        projection.on(meeting("r-2023", LocalDate.of(2023, 3, 1), null, PUBLISHED), 10);
        projection.on(meeting("r-call", LocalDate.of(2023, 4, 1), CALL, PUBLISHED), 11);
        projection.on(new CirculationOpened(RAK, 2, new ResolutionId("r-u2"), "Umlauf", null,
                LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 14), PUBLISHED, VOTING, List.of()), 12);
        projection.on(new CirculationVoteCast(RAK, 2, AGENCY, Vote.YES, LocalDate.of(2023, 5, 2)), 13);
        projection.on(new CirculationRecusalDeclared(RAK, 2, SPONSOR, "Befangen", LocalDate.of(2023, 5, 3)), 14);
    }

    private DecisionLogView readBy(Actor reader) {
        return projection.logs().find(RAK.value()).orElseThrow().readBy(Optional.ofNullable(reader));
    }

    private static DecisionLogView.Resolution resolution(DecisionLogView log, String id) {
        return log.resolutions().stream().filter(resolution -> resolution.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_office_auditors_and_the_regions_coordination_read_the_whole_record() {
        deliverHistory();
        for (var reader : List.of(OFFICE, AUDITOR, COORDINATOR)) {
            var log = readBy(reader);
            for (var resolution : log.resolutions()) {
                assertThat(resolution.votes()).as("%s", reader).hasSize(2);
                assertThat(resolution.present()).hasSize(3);
                assertThat(resolution.recusals()).extracting(DecisionLogView.Recusal::reason)
                        .containsExactly("Träger eines Vorschlags");
                assertThat(resolution.counts()).isEqualTo(new Counts(3, 3, 2, 1));
            }
            assertThat(resolution(log, "r-call").subject().sponsors())
                    .containsExactly("Bildungswerk Salzland", "Volkshochschule");
            assertThat(log.circulations()).allSatisfy(circulation -> {
                assertThat(circulation.votes()).hasSize(1);
                assertThat(circulation.recusals()).hasSize(1);
                assertThat(circulation.counts()).isEqualTo(new Counts(3, 1, 1, 1));
            });
        }
    }

    @Test
    void others_read_counts_and_outcomes_but_no_attendance_votes_or_recusals_of_a_confidential_record() {
        deliverHistory();
        for (var reader : List.of(FOREIGN_COORDINATOR, BILDUNGSWERK)) {
            var log = readBy(reader);
            var confidential = resolution(log, "r-2022");
            assertThat(confidential.votes()).as("%s", reader).isNull();
            assertThat(confidential.present()).isNull();
            assertThat(confidential.recusals()).isNull();
            assertThat(confidential.votingMembers()).as("the membership is no secret").hasSize(3);
            assertThat(confidential.tally()).isEqualTo(new DecisionLogView.Tally(1, 1, 0));
            assertThat(confidential.counts()).isEqualTo(new Counts(3, 3, 2, 1));
            assertThat(confidential.quorate()).isTrue();
            assertThat(confidential.outcome()).isEqualTo(Outcome.REJECTED);
            var circulation = log.circulations().get(0);
            assertThat(circulation.votes()).isNull();
            assertThat(circulation.recusals()).isNull();
            assertThat(circulation.counts()).isEqualTo(new Counts(3, 1, 1, 1));
        }
    }

    @Test
    void rules_that_publish_the_voting_record_show_others_who_voted_how_but_not_the_recusals() {
        deliverHistory();
        var log = readBy(FOREIGN_COORDINATOR);
        var published = resolution(log, "r-2023");
        assertThat(published.votes()).extracting(vote -> vote.member().organisation() + " " + vote.vote())
                .containsExactly("Jobcenter YES", "Agentur NO");
        assertThat(published.present()).isNull();
        assertThat(published.recusals()).isNull();
        assertThat(published.counts().recused()).isEqualTo(1);
        assertThat(log.circulations().get(1).votes()).hasSize(1);
        assertThat(log.circulations().get(1).recusals()).isNull();
        assertThat(resolution(log, "r-2022").votes()).as("decided under rules that kept it confidential").isNull();
        assertThat(log.circulations().get(0).votes()).isNull();
    }

    @Test
    void votes_about_a_call_stay_confidential_even_where_the_rules_publish_the_voting_record() {
        deliverHistory();
        var call = resolution(readBy(FOREIGN_COORDINATOR), "r-call");
        assertThat(call.votes()).isNull();
        assertThat(call.tally()).isEqualTo(new DecisionLogView.Tally(1, 1, 0));
    }

    @Test
    void of_a_calls_applicants_a_sponsor_reads_only_itself_and_other_readers_none() {
        deliverHistory();
        assertThat(resolution(readBy(BILDUNGSWERK), "r-call").subject().sponsors())
                .containsExactly("Bildungswerk Salzland");
        assertThat(resolution(readBy(FOREIGN_COORDINATOR), "r-call").subject().sponsors()).isEmpty();
        assertThat(resolution(readBy(FOREIGN_COORDINATOR), "r-call").subject().href()).isEqualTo("/api/calls/c-1");
    }

    @Test
    void reading_withholds_nothing_from_the_stored_document() {
        deliverHistory();
        readBy(BILDUNGSWERK);
        var stored = projection.logs().find(RAK.value()).orElseThrow();
        assertThat(stored.resolutions()).allSatisfy(resolution -> assertThat(resolution.votes()).hasSize(2));
    }

    /**
     * Read documents written before the setting existed have rules without it and written procedures without rules:
     * they read as confidential, and their counts are derived from the record.
     */
    @Test
    void a_log_written_before_the_voting_record_setting_reads_as_confidential() {
        deliverHistory();
        var collection = mongo.database("disclosure").getCollection(DecisionLogProjection.NAME);
        var document = collection.find(new Document("_id", RAK.value())).first();
        for (var resolution : document.getList("resolutions", Document.class)) {
            resolution.get("rules", Document.class).remove("votingRecordPublic");
            resolution.remove("counts");
        }
        document.getList("circulations", Document.class).forEach(circulation -> circulation.remove("rules"));
        document.getList("rules", Document.class).forEach(rules -> rules.remove("votingRecordPublic"));
        collection.replaceOne(new Document("_id", RAK.value()), document);

        var log = readBy(FOREIGN_COORDINATOR);
        assertThat(log.rules()).extracting(DecisionLogView.Rules::votingRecordPublic).containsOnly(false);
        assertThat(log.resolutions()).allSatisfy(resolution -> {
            assertThat(resolution.votes()).isNull();
            assertThat(resolution.counts()).isEqualTo(new Counts(3, 3, 2, 1));
        });
        assertThat(log.circulations()).allSatisfy(circulation -> assertThat(circulation.votes()).isNull());
    }
}
