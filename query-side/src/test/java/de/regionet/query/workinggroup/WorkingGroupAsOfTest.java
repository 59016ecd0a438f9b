package de.regionet.query.workinggroup;

import de.regionet.kernel.Period;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.CoordinationSet;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.readmodel.InMemoryMongo;
import de.regionet.query.workinggroup.WorkingGroupView.Coordination;
import de.regionet.query.workinggroup.WorkingGroupView.Member;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The working-group document keeps its history, answers as of a day, and stays idempotent. */
class WorkingGroupAsOfTest {

    private static final WorkingGroupId RAK = new WorkingGroupId("rak-15089");
    private static final MemberId JOBCENTRE = new MemberId("m-jc");
    private static final MemberId AGENCY = new MemberId("m-aa");

    private InMemoryMongo mongo;
    private WorkingGroupProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new WorkingGroupProjection(mongo.database("workinggroups"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    /** The jobcentre sits from 2022-07-01 to 2023-03-01; two coordination offices follow one another. */
    private void history() {
        projection.on(new WorkingGroupEstablished(RAK, new RegionKey("15089"), "RAK Salzlandkreis"), 0);
        projection.on(new MemberAdmitted(RAK, JOBCENTRE, "Jobcenter Salzlandkreis",
                StakeholderCategory.JOB_CENTRE, LocalDate.of(2022, 7, 1)), 1);
        projection.on(new MemberAdmitted(RAK, AGENCY, "Agentur für Arbeit Bernburg",
                StakeholderCategory.EMPLOYMENT_AGENCY, LocalDate.of(2022, 9, 1)), 2);
        projection.on(new CoordinationSet(RAK, "REKO Bernburg",
                new Period(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 12, 31))), 3);
        projection.on(new MemberWithdrawn(RAK, JOBCENTRE, LocalDate.of(2023, 3, 1)), 4);
        projection.on(new CoordinationSet(RAK, "REKO Staßfurt", new Period(LocalDate.of(2024, 1, 1), null)), 5);
    }

    private WorkingGroupView stored() {
        return projection.groups().find(RAK.value()).orElseThrow();
    }

    private List<String> membersOn(String day) {
        return WorkingGroupOnDay.asOf(stored(), LocalDate.parse(day)).members().stream().map(Member::id).toList();
    }

    private String coordinationOn(String day) {
        var coordination = WorkingGroupOnDay.asOf(stored(), LocalDate.parse(day)).coordination();
        return coordination == null ? null : coordination.organisation();
    }

    @Test
    void a_member_sits_from_its_admission_to_its_withdrawal_both_days_included() {
        history();

        assertThat(membersOn("2022-06-30")).isEmpty();
        assertThat(membersOn("2022-07-01")).containsExactly("m-jc");
        assertThat(membersOn("2022-09-01")).containsExactly("m-jc", "m-aa");
        assertThat(membersOn("2023-03-01")).containsExactly("m-jc", "m-aa");
        assertThat(membersOn("2023-03-02")).containsExactly("m-aa");
    }

    @Test
    void the_coordination_answered_is_the_one_in_force_that_day() {
        history();

        assertThat(coordinationOn("2022-06-30")).isNull();
        assertThat(coordinationOn("2022-07-01")).isEqualTo("REKO Bernburg");
        assertThat(coordinationOn("2023-12-31")).isEqualTo("REKO Bernburg");
        assertThat(coordinationOn("2024-01-01")).isEqualTo("REKO Staßfurt");
        assertThat(coordinationOn("2030-01-01")).isEqualTo("REKO Staßfurt");
    }

    @Test
    void a_coordination_set_later_over_the_same_days_replaces_the_earlier_one() {
        history();
        projection.on(new CoordinationSet(RAK, "REKO Schönebeck",
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))), 6);

        assertThat(coordinationOn("2022-12-31")).isEqualTo("REKO Bernburg");
        assertThat(coordinationOn("2023-06-30")).isEqualTo("REKO Schönebeck");
    }

    @Test
    void today_the_group_answers_its_current_members_and_last_coordination_as_before() {
        history();

        var today = WorkingGroupOnDay.today(stored());

        assertThat(today.members()).extracting(Member::id).containsExactly("m-aa");
        assertThat(today.coordination())
                .isEqualTo(new Coordination("REKO Staßfurt", LocalDate.of(2024, 1, 1), null));
        assertThat(today.version()).isEqualTo(5);
    }

    @Test
    void re_delivered_events_change_nothing() {
        history();
        var before = stored();

        history();
        projection.on(new MemberWithdrawn(RAK, AGENCY, LocalDate.of(2023, 5, 1)), 4);
        projection.on(new CoordinationSet(RAK, "REKO Bernburg", new Period(LocalDate.of(2022, 7, 1), null)), 3);

        assertThat(stored()).isEqualTo(before);
        assertThat(stored().withdrawn()).hasSize(1);
        assertThat(stored().coordinations()).hasSize(2);
    }

    @Test
    void a_document_stored_before_the_history_was_kept_still_reads() {
        mongo.database("workinggroups").getCollection(WorkingGroupProjection.NAME).insertOne(new Document()
                .append("_id", RAK.value()).append("regionKey", "15089").append("name", "RAK Salzlandkreis")
                .append("members", List.of(new Document("id", "m-aa").append("organisation", "Agentur")
                        .append("category", "EMPLOYMENT_AGENCY").append("admittedOn", LocalDate.of(2022, 9, 1))))
                .append("coordination", new Document("organisation", "REKO Bernburg")
                        .append("from", LocalDate.of(2022, 7, 1)).append("to", null))
                .append("version", 4L));

        assertThat(stored().withdrawn()).isEmpty();
        assertThat(stored().coordinations()).isEmpty();
        assertThat(membersOn("2022-08-31")).isEmpty();
        assertThat(membersOn("2022-09-01")).containsExactly("m-aa");
        assertThat(coordinationOn("2022-06-30")).isNull();
        assertThat(coordinationOn("2023-01-01")).isEqualTo("REKO Bernburg");
    }
}
