package de.regionet.query.result;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
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
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The catalogue lists current results to whoever they are shared with, searchable, faceted and summed. */
class ResultCatalogueProjectionTest {

    private static final RegionKey SALZLAND = new RegionKey("15089");
    private static final RegionKey DESSAU = new RegionKey("15001");
    private static final ProjectId BRIDGE = new ProjectId("p-bridge");
    private static final ProjectId SKILLS = new ProjectId("p-skills");
    private static final Optional<Actor> ANONYMOUS = Optional.empty();
    private static final Optional<Actor> SALZLAND_COORDINATOR = actor(Role.REGIONAL_COORDINATOR, SALZLAND, null);
    private static final Optional<Actor> DESSAU_COORDINATOR = actor(Role.REGIONAL_COORDINATOR, DESSAU, null);
    private static final Optional<Actor> BRIDGE_SPONSOR = actor(Role.PROJECT_SPONSOR, null, "BILDUNGSWERK NORD");

    private InMemoryMongo mongo;
    private ResultCatalogueProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ResultCatalogueProjection(mongo.database("results"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static Optional<Actor> actor(Role role, RegionKey region, String organisation) {
        return Optional.of(new Actor("someone", Set.of(role), region == null ? Set.of() : Set.of(region),
                organisation));
    }

    /**
     * Two projects in Salzland (A and C) and one in Dessau: a public result corrected by a later public one, a
     * network result, a region result.
     */
    private void deliverHistory() {
        projection.on(launched(BRIDGE, SALZLAND, "A", "Bildungswerk Nord", "Übergang Schule–Beruf gestalten"), 0);
        projection.on(result(BRIDGE, "r-1", Map.of("PARTICIPANTS", 40), "Erste Jugendliche begleitet",
                Audience.PUBLIC, null, LocalDate.of(2025, 6, 30)), 1);
        projection.on(result(BRIDGE, "r-2", Map.of("PARTICIPANTS", 45, "QUALIFICATION_GAINED", 12),
                "Korrigierte Zählung der Teilnehmenden", Audience.PUBLIC, "r-1", LocalDate.of(2025, 7, 15)), 2);
        projection.on(result(BRIDGE, "r-3", Map.of("PARTICIPANTS", 5), "Interne Zwischenbilanz", Audience.REGION,
                null, LocalDate.of(2025, 8, 1)), 3);
        projection.on(launched(SKILLS, SALZLAND, "C", "Jugendhilfe Süd", "Fachkräfte für die Pflege"), 0);
        projection.on(result(SKILLS, "r-4", Map.of("PARTICIPANTS", 20), "Qualifizierung in der Altenpflege",
                Audience.NETWORK, null, LocalDate.of(2025, 7, 1)), 1);
        var dessau = new ProjectId("p-dessau");
        projection.on(launched(dessau, DESSAU, "A", "Stadtwerkstatt", "Werkstatt für Berufsorientierung"), 0);
        projection.on(result(dessau, "r-5", Map.of("PARTICIPANTS", 30), "Schülerinnen im Praktikum",
                Audience.PUBLIC, null, LocalDate.of(2025, 5, 1)), 1);
    }

    private static ProjectLaunched launched(ProjectId project, RegionKey region, String area, String sponsor,
                                            String title) {
        return new ProjectLaunched(project, new CallId("c-" + project.value()), new ProposalId("pr-" + project),
                new ResolutionId("res-1"), region, new ProgrammeId("regio-aktiv"), new FundingArea(area), sponsor,
                title, "Begleitung junger Menschen in Ausbildung", Euro.of("100000"), 24, IndicatorValues.NONE,
                LocalDate.of(2025, 1, 1));
    }

    private static ResultRecorded result(ProjectId project, String id, Map<String, Integer> values, String narrative,
                                         Audience audience, String corrects, LocalDate recordedOn) {
        var indicators = new TreeMap<String, BigDecimal>();
        values.forEach((code, value) -> indicators.put(code, BigDecimal.valueOf(value)));
        return new ResultRecorded(project, new ResultId(id), new Period(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30)), new IndicatorValues(indicators), narrative, List.of(), audience,
                corrects == null ? null : new ResultId(corrects), recordedOn);
    }

    private ResultPage search(String q, Optional<Actor> reader) {
        return search(new ResultQuery(q, null, null, null, 0, 20), reader);
    }

    private ResultPage everything(Optional<Actor> reader) {
        return search(new ResultQuery(null, null, null, null, 0, 20), reader);
    }

    private ResultPage search(ResultQuery query, Optional<Actor> reader) {
        return ResultPage.of(query.matching(projection.results().all("_id"), reader), query.page(), query.size());
    }

    private static List<String> ids(ResultPage page) {
        return page.items().stream().map(ResultPage.Item::resultId).toList();
    }

    @Test
    void a_correction_replaces_the_figure_in_the_aggregates_and_hides_the_superseded_result() {
        deliverHistory();
        var page = search(new ResultQuery(null, "15089", "A", null, 0, 20), ANONYMOUS);
        assertThat(ids(page)).containsExactly("r-2");
        assertThat(page.items().get(0).corrects()).isEqualTo("r-1");
        assertThat(page.aggregates()).containsExactly(new ResultPage.Aggregate("15089", "A", 1,
                Map.of("PARTICIPANTS", BigDecimal.valueOf(45), "QUALIFICATION_GAINED", BigDecimal.valueOf(12))));
    }

    @Test
    void anonymous_readers_see_public_results_only() {
        deliverHistory();
        assertThat(ids(everything(ANONYMOUS))).containsExactly("r-2", "r-5");
    }

    @Test
    void another_regions_coordinator_sees_network_and_public_results() {
        deliverHistory();
        assertThat(ids(everything(DESSAU_COORDINATOR))).containsExactly("r-2", "r-4", "r-5");
    }

    @Test
    void the_regions_coordination_and_the_sponsor_also_see_results_shared_with_the_region() {
        deliverHistory();
        assertThat(ids(everything(SALZLAND_COORDINATOR))).containsExactly("r-3", "r-2", "r-4", "r-5");
        assertThat(ids(everything(BRIDGE_SPONSOR))).containsExactly("r-3", "r-2", "r-4", "r-5");
        assertThat(ids(everything(actor(Role.PROJECT_SPONSOR, null, "Jugendhilfe Süd"))))
                .containsExactly("r-2", "r-4", "r-5");
    }

    @Test
    void full_text_folds_umlauts_and_case_and_matches_word_prefixes() {
        deliverHistory();
        assertThat(ids(search("ubergang", ANONYMOUS))).containsExactly("r-2");
        assertThat(ids(search("SCHULERINNEN prakt", ANONYMOUS))).containsExactly("r-5");
        assertThat(ids(search("qualif", DESSAU_COORDINATOR))).containsExactly("r-4");
        assertThat(ids(search("begleitung", ANONYMOUS))).as("the project summary is searched too")
                .containsExactly("r-2", "r-5");
    }

    @Test
    void umlauts_typed_without_their_dots_or_spelled_out_are_found() {
        deliverHistory();
        assertThat(ids(search("Ubergang", ANONYMOUS))).containsExactly("r-2");
        assertThat(ids(search("Uebergang", ANONYMOUS))).containsExactly("r-2");
        assertThat(ids(search("schuelerinnen", ANONYMOUS))).containsExactly("r-5");
        assertThat(ids(search("Fachkraefte", DESSAU_COORDINATOR))).containsExactly("r-4");
        assertThat(ids(search("begleitung", ANONYMOUS))).as("a real e after a vowel still matches as typed")
                .containsExactly("r-2", "r-5");
    }

    @Test
    void the_year_filter_keeps_results_whose_period_touches_the_year_and_the_facet_counts_them() {
        deliverHistory();
        var page = search(new ResultQuery(null, null, null, null, 2025, 0, 20), ANONYMOUS);
        assertThat(ids(page)).containsExactly("r-2", "r-5");
        assertThat(page.facets().year()).isEqualTo(Map.of("2025", 2L));
        assertThat(ids(search(new ResultQuery(null, null, null, null, 2024, 0, 20), ANONYMOUS))).isEmpty();
        assertThatThrownBy(() -> new ResultQuery(null, null, null, null, 20250, 0, 20)).isInstanceOf(Rejection.class)
                .extracting(error -> ((Rejection) error).field()).isEqualTo("year");
    }

    @Test
    void every_word_of_the_query_must_begin_a_word_of_the_text() {
        deliverHistory();
        assertThat(ids(search("bergang", ANONYMOUS))).as("inside a word is no match").isEmpty();
        assertThat(ids(search("übergang pflege", DESSAU_COORDINATOR))).isEmpty();
    }

    @Test
    void facets_and_aggregates_count_every_matching_result_not_only_the_page() {
        deliverHistory();
        var page = search(new ResultQuery(null, null, null, null, 0, 1), DESSAU_COORDINATOR);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).hasSize(1);
        assertThat(page.facets().region()).isEqualTo(Map.of("15089", 2L, "15001", 1L));
        assertThat(page.facets().fundingArea()).isEqualTo(Map.of("A", 2L, "C", 1L));
        assertThat(page.facets().indicator()).isEqualTo(Map.of("PARTICIPANTS", 3L, "QUALIFICATION_GAINED", 1L));
        assertThat(page.aggregates()).extracting(ResultPage.Aggregate::regionKey, ResultPage.Aggregate::fundingArea,
                aggregate -> aggregate.indicators().get("PARTICIPANTS"))
                .containsExactly(tuple("15001", "A", BigDecimal.valueOf(30)),
                        tuple("15089", "A", BigDecimal.valueOf(45)),
                        tuple("15089", "C", BigDecimal.valueOf(20)));
    }

    @Test
    void the_indicator_filter_keeps_results_reporting_it() {
        deliverHistory();
        var page = search(new ResultQuery(null, null, null, "qualification_gained", 0, 20), ANONYMOUS);
        assertThat(ids(page)).containsExactly("r-2");
    }

    @Test
    void pages_are_newest_first_and_bounded() {
        deliverHistory();
        var second = search(new ResultQuery(null, null, null, null, 1, 2), DESSAU_COORDINATOR);
        assertThat(ids(second)).containsExactly("r-5");
        assertThat(search(new ResultQuery(null, null, null, null, 5, 2), DESSAU_COORDINATOR).items()).isEmpty();
        assertThatThrownBy(() -> new ResultQuery(null, null, null, null, -1, 20)).isInstanceOf(Rejection.class)
                .extracting(error -> ((Rejection) error).field()).isEqualTo("page");
        assertThatThrownBy(() -> new ResultQuery(null, null, null, null, 0, 0)).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> new ResultQuery(null, "Salzland", null, null, 0, 20)).isInstanceOf(Rejection.class)
                .extracting(error -> ((Rejection) error).field()).isEqualTo("region");
        assertThatThrownBy(() -> new ResultQuery(null, null, null, null, 0, 101)).isInstanceOf(Rejection.class)
                .extracting(error -> ((Rejection) error).field()).isEqualTo("size");
    }

    @Test
    void a_result_is_joined_with_its_projects_title_sponsor_region_and_area() {
        deliverHistory();
        var item = search("praktikum", ANONYMOUS).items().get(0);
        assertThat(item.projectTitle()).isEqualTo("Werkstatt für Berufsorientierung");
        assertThat(item.sponsor()).isEqualTo("Stadtwerkstatt");
        assertThat(item.regionKey()).isEqualTo("15001");
        assertThat(item.fundingArea()).isEqualTo("A");
        assertThat(item.projectId()).isEqualTo("p-dessau");
    }

    @Test
    void delivering_the_history_again_changes_nothing() {
        deliverHistory();
        var once = projection.results().all("_id");
        deliverHistory();
        assertThat(projection.results().all("_id")).isEqualTo(once).hasSize(5);
        assertThat(projection.results().find("r-1").orElseThrow().correctedBy()).isEqualTo("r-2");
    }

    @Test
    void a_result_shared_with_its_network_is_not_seen_by_an_office_of_another_network_until_shared_nation_wide() {
        var nrwOffice = Optional.of(new Actor("office-nrw", List.of(de.regionet.kernel.access.Grant.in(
                de.regionet.kernel.network.Networks.known().get(1), Role.NETWORK_OFFICE, Set.of())), null));
        var saAuditor = Optional.of(new Actor("auditor-sa", List.of(de.regionet.kernel.access.Grant.in(
                de.regionet.kernel.network.Networks.known().get(0), Role.AUDITOR, Set.of())), null));
        deliverHistory();
        assertThat(ids(everything(nrwOffice))).containsExactly("r-2", "r-5");
        assertThat(ids(everything(saAuditor))).contains("r-4");

        projection.on(new de.regionet.kernel.project.ProjectEvent.ResultShared(SKILLS, new ResultId("r-4"),
                Audience.NATION_WIDE, LocalDate.of(2025, 9, 1)), 2);

        assertThat(ids(everything(nrwOffice))).containsExactly("r-2", "r-4", "r-5");
        assertThat(ids(everything(ANONYMOUS))).doesNotContain("r-4");
        assertThat(projection.results().find("r-4").orElseThrow().audience()).isEqualTo(Audience.NATION_WIDE);
    }
}
