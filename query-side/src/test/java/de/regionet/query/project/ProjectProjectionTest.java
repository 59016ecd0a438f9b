package de.regionet.query.project;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.agreement.DocumentHash;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Attachment;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectEvent.ProjectCompleted;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.SelectedBeforeRegioNet;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.query.project.ProjectView.Result;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A project keeps every result it recorded, corrections included, and shows each reader what is shared with it. */
class ProjectProjectionTest {

    private static final ProjectId PROJECT = new ProjectId("p-bridge");
    private static final RegionKey SALZLAND = new RegionKey("15089");
    private static final String HASH = "a".repeat(64);

    private InMemoryMongo mongo;
    private ProjectProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ProjectProjection(mongo.database("projects"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void deliverHistory() {
        projection.on(new ProjectLaunched(PROJECT, new CallId("c-1"), new ProposalId("pr-1"),
                new ResolutionId("r-7"), SALZLAND, new ProgrammeId("regio-aktiv"), new FundingArea("A"),
                "Bildungswerk Nord", "Brücke in den Beruf", "Begleitung junger Menschen", Euro.of("140000.50"), 24,
                values(40, 10), LocalDate.of(2025, 5, 1)), 0);
        projection.on(result("res-1", 18, 2, Audience.PUBLIC, null), 1);
        projection.on(result("res-2", 20, 3, Audience.PUBLIC, "res-1"), 2);
        projection.on(result("res-3", 5, 0, Audience.NETWORK, null), 3);
        projection.on(result("res-4", 7, 1, Audience.REGION, null), 4);
        projection.on(new ProjectCompleted(PROJECT, LocalDate.of(2027, 4, 30), "Abschlussbericht",
                List.of(new Attachment("Bericht.pdf", "dms://42", new DocumentHash(HASH)))), 5);
    }

    private static IndicatorValues values(int participants, int qualified) {
        return new IndicatorValues(Map.of("PARTICIPANTS", BigDecimal.valueOf(participants),
                "QUALIFICATION_GAINED", BigDecimal.valueOf(qualified)));
    }

    private static ResultRecorded result(String id, int participants, int qualified, Audience audience,
                                         String corrects) {
        return new ResultRecorded(PROJECT, new ResultId(id), new Period(LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 12, 31)), values(participants, qualified), "Bilanz " + id, List.of(), audience,
                corrects == null ? null : new ResultId(corrects), LocalDate.of(2026, 1, 15));
    }

    private ProjectView project() {
        return projection.projects().find(PROJECT.value()).orElseThrow();
    }

    private static Optional<Actor> actor(Role role, Set<RegionKey> regions, String organisation) {
        return Optional.of(new Actor("someone", Set.of(role), regions, organisation));
    }

    private static List<String> resultIds(ProjectView project) {
        return project.results().stream().map(Result::id).toList();
    }

    @Test
    void a_correction_replaces_the_figure_in_the_latest_indicators_and_marks_the_corrected_result() {
        deliverHistory();
        var project = project().readBy(actor(Role.NETWORK_OFFICE, Set.of(), null));
        assertThat(project.latestIndicators()).isEqualTo(Map.of("PARTICIPANTS", BigDecimal.valueOf(32),
                "QUALIFICATION_GAINED", BigDecimal.valueOf(4)));
        assertThat(project.results().get(0).correctedBy()).isEqualTo("res-2");
        assertThat(project.results().get(1).corrects()).isEqualTo("res-1");
    }

    @Test
    void as_of_a_day_a_project_shows_the_results_recorded_by_then_and_runs_until_completed() {
        deliverHistory();
        projection.on(new ResultRecorded(PROJECT, new ResultId("res-5"), new Period(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30)), values(3, 0), "Nachtrag", List.of(), Audience.NETWORK,
                new ResultId("res-3"), LocalDate.of(2026, 7, 15)), 6);

        var before = ProjectOnDay.asOf(project(), LocalDate.of(2026, 1, 14));
        assertThat(before.results()).isEmpty();
        assertThat(before.status()).isEqualTo(ProjectView.Status.RUNNING);

        var spring = ProjectOnDay.asOf(project(), LocalDate.of(2026, 3, 1));
        assertThat(resultIds(spring)).containsExactly("res-1", "res-2", "res-3", "res-4");
        assertThat(spring.results().get(2).correctedBy()).as("corrected only later").isNull();
        assertThat(spring.completedOn()).isNull();

        var completed = ProjectOnDay.asOf(project(), LocalDate.of(2027, 4, 30));
        assertThat(resultIds(completed)).containsExactly("res-1", "res-2", "res-3", "res-4", "res-5");
        assertThat(completed.status()).isEqualTo(ProjectView.Status.COMPLETED);
    }

    @Test
    void an_anonymous_reader_sees_public_results_only() {
        deliverHistory();
        var project = project().readBy(Optional.empty());
        assertThat(resultIds(project)).containsExactly("res-1", "res-2");
        assertThat(project.latestIndicators()).containsEntry("PARTICIPANTS", BigDecimal.valueOf(20));
    }

    @Test
    void another_regions_coordinator_sees_network_and_public_results() {
        deliverHistory();
        var project = project().readBy(actor(Role.REGIONAL_COORDINATOR, Set.of(new RegionKey("15001")), null));
        assertThat(resultIds(project)).containsExactly("res-1", "res-2", "res-3");
        assertThat(project.latestIndicators()).containsEntry("PARTICIPANTS", BigDecimal.valueOf(25));
    }

    @Test
    void the_regions_coordination_and_the_sponsor_also_see_results_shared_with_the_region() {
        deliverHistory();
        assertThat(resultIds(project().readBy(actor(Role.REGIONAL_COORDINATOR, Set.of(SALZLAND), null))))
                .containsExactly("res-1", "res-2", "res-3", "res-4");
        assertThat(resultIds(project().readBy(actor(Role.PROJECT_SPONSOR, Set.of(), "bildungswerk nord"))))
                .containsExactly("res-1", "res-2", "res-3", "res-4");
        assertThat(resultIds(project().readBy(actor(Role.PROJECT_SPONSOR, Set.of(), "Jugendhilfe Süd"))))
                .containsExactly("res-1", "res-2", "res-3");
    }

    @Test
    void a_project_selected_before_regionet_has_no_call_and_names_who_selected_it() {
        projection.on(new ProjectLaunched(PROJECT, null, null, null, SALZLAND, new ProgrammeId("regio-aktiv"),
                new FundingArea("A"), "Bildungswerk Nord", "Brücke in den Beruf", "Begleitung junger Menschen",
                Euro.of("140000.50"), 24, values(40, 10), LocalDate.of(2022, 10, 1),
                new SelectedBeforeRegioNet("RAK Salzlandkreis", LocalDate.of(2022, 9, 14))), 0);
        projection.on(result("res-1", 18, 2, Audience.PUBLIC, null), 1);

        var project = project().readBy(Optional.empty());
        assertThat(project.callId()).isNull();
        assertThat(project.proposalId()).isNull();
        assertThat(project.resolutionId()).isNull();
        assertThat(project.selectedBeforeRegioNet()).isEqualTo(new ProjectView.SelectedBeforeRegioNet(
                "RAK Salzlandkreis", LocalDate.of(2022, 9, 14)));
        assertThat(resultIds(project)).containsExactly("res-1");
    }

    @Test
    void a_project_of_a_call_names_no_selection_before_regionet() {
        deliverHistory();
        assertThat(project().selectedBeforeRegioNet()).isNull();
        assertThat(project().callId()).isEqualTo("c-1");
    }

    @Test
    void a_completed_project_has_its_final_report() {
        deliverHistory();
        var project = project();
        assertThat(project.status()).isEqualTo(ProjectView.Status.COMPLETED);
        assertThat(project.completedOn()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(project.finalReport()).isEqualTo("Abschlussbericht");
        assertThat(project.finalReportAttachments().get(0).sha256()).isEqualTo(HASH);
        assertThat(project.grantEuro()).isEqualByComparingTo("140000.50");
    }

    @Test
    void delivering_the_history_again_changes_nothing() {
        deliverHistory();
        var once = project();
        deliverHistory();
        assertThat(project()).isEqualTo(once);
        assertThat(once.results()).hasSize(4);
        assertThat(once.version()).isEqualTo(5);
    }
}
