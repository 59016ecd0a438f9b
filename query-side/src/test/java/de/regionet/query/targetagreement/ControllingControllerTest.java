package de.regionet.query.targetagreement;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionKind;
import de.regionet.query.targetagreement.ControllingReport.Row;
import de.regionet.query.targetagreement.ControllingReport.Total;
import de.regionet.query.readmodel.InMemoryMongo;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static de.regionet.query.targetagreement.SalzlandControlling.DESSAU;
import static de.regionet.query.targetagreement.SalzlandControlling.SALZLAND;
import static de.regionet.query.targetagreement.SalzlandControlling.TODAY;
import static de.regionet.query.targetagreement.SalzlandControlling.day;
import static de.regionet.query.targetagreement.SalzlandControlling.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The network's controlling sums targets and actuals per region and indicator, as JSON and as CSV. */
class ControllingControllerTest {

    private static final Row DESSAU_PARTICIPANTS = new Row(DESSAU, null, "PARTICIPANTS", number(200), number(99),
            new BigDecimal("49.5"));
    private static final Row SALZLAND_PARTICIPANTS = new Row(SALZLAND, "Salzlandkreis", "PARTICIPANTS", number(80),
            number(45), new BigDecimal("56.3"));
    private static final Row SALZLAND_QUALIFICATIONS = new Row(SALZLAND, "Salzlandkreis", "QUALIFICATION_GAINED",
            number(20), number(6), new BigDecimal("30.0"));

    private InMemoryMongo mongo;
    private ControllingController controller;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        mongo = new InMemoryMongo();
        var database = mongo.database("controlling");
        var meters = new SimpleMeterRegistry();
        var clock = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.ofHours(2)), ZoneOffset.UTC);
        var projection = new ControllingProjection(database, meters,
                new SimpMessagingTemplate((message, timeout) -> true), clock);
        new SalzlandControlling(projection).deliver(ReplayStatus.REPLAY);
        // the regions read model is another feature's; its constructor is for Spring only
        var constructor = RegionProjection.class.getDeclaredConstructor(MongoDatabase.class, MeterRegistry.class);
        constructor.setAccessible(true);
        var regions = constructor.newInstance(database, meters);
        regions.regions().create(SALZLAND, 0, new RegionView(SALZLAND, "Salzlandkreis", RegionKind.DISTRICT, null, 0,
                "sachsen-anhalt", java.util.List.of()));
        controller = new ControllingController(new NetworkControlling(projection, regions, clock),
                de.regionet.kernel.network.Networks::known);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void rows_sum_the_targets_in_force_and_their_actuals_per_region_and_indicator_of_agreements_in_force() {
        var report = controller.report("2026", "region", "asc");
        assertThat(report.period()).isEqualTo("2026");
        assertThat(report.asOf()).isEqualTo(TODAY);
        assertThat(report.rows()).as("Börde's agreement never entered into force")
                .containsExactly(DESSAU_PARTICIPANTS, SALZLAND_PARTICIPANTS, SALZLAND_QUALIFICATIONS);
        assertThat(report.totals()).containsExactly(
                new Total("PARTICIPANTS", number(280), number(144), new BigDecimal("51.4")),
                new Total("QUALIFICATION_GAINED", number(20), number(6), new BigDecimal("30.0")));
    }

    @Test
    void rows_are_sorted_as_asked_then_by_region_and_indicator() {
        assertThat(controller.report("2026", "percent", "desc").rows())
                .containsExactly(SALZLAND_PARTICIPANTS, DESSAU_PARTICIPANTS, SALZLAND_QUALIFICATIONS);
        assertThat(controller.report("2026", "target", "asc").rows())
                .containsExactly(SALZLAND_QUALIFICATIONS, SALZLAND_PARTICIPANTS, DESSAU_PARTICIPANTS);
        assertThat(controller.report("2026", "indicator", "desc").rows())
                .containsExactly(SALZLAND_QUALIFICATIONS, DESSAU_PARTICIPANTS, SALZLAND_PARTICIPANTS);
        assertThat(controller.report("2026", "region", "desc").rows())
                .containsExactly(SALZLAND_PARTICIPANTS, SALZLAND_QUALIFICATIONS, DESSAU_PARTICIPANTS);
        assertThat(controller.report("2026", "actual", "asc").rows())
                .containsExactly(SALZLAND_QUALIFICATIONS, SALZLAND_PARTICIPANTS, DESSAU_PARTICIPANTS);
    }

    @Test
    void a_past_year_is_counted_as_of_its_last_day() {
        var report = controller.report("2025", "region", "asc");
        assertThat(report.asOf()).isEqualTo(day("2025-12-31"));
        assertThat(report.rows()).isEmpty();
        assertThat(report.totals()).isEmpty();
    }

    @Test
    void bad_parameters_are_invalid() {
        assertInvalid(() -> controller.report("2026-07", "region", "asc"), "period");
        assertInvalid(() -> controller.report("2026", "sponsor", "asc"), "sort");
        assertInvalid(() -> controller.report("2026", "region", "up"), "order");
    }

    @Test
    void the_csv_holds_the_json_rows_in_the_same_order_then_the_totals() throws IOException {
        var report = controller.report("2026", "percent", "desc");
        var answer = controller.csv("2026", "percent", "desc", null,
                new org.springframework.mock.web.MockHttpServletRequest());
        assertThat(answer.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        var records = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(answer.getBody()))
                .getRecords();
        var rows = new ArrayList<Row>();
        for (var record : records.subList(0, report.rows().size())) {
            rows.add(new Row(record.get("regionKey"), emptyToNull(record.get("regionName")), record.get("indicator"),
                    new BigDecimal(record.get("target")), new BigDecimal(record.get("actual")),
                    new BigDecimal(record.get("percent"))));
        }
        assertThat(rows).isEqualTo(report.rows());
        assertThat(records.subList(report.rows().size(), records.size())).extracting(CSVRecord::toList)
                .containsExactly(List.of("TOTAL", "", "PARTICIPANTS", "280", "144", "51.4"),
                        List.of("TOTAL", "", "QUALIFICATION_GAINED", "20", "6", "30.0"));
        assertThat(answer.getBody()).startsWith("regionKey,regionName,indicator,target,actual,percent\r\n"
                + "15089,Salzlandkreis,PARTICIPANTS,80,45,56.3\r\n15001,,PARTICIPANTS,200,99,49.5\r\n");
    }

    @Test
    void the_report_is_written_in_the_field_names_its_clients_read() {
        var json = JsonMapper.builder().build().writeValueAsString(controller.report("2026", "region", "asc"));
        assertThat(json).isEqualTo("{\"period\":\"2026\",\"asOf\":\"2026-07-10\",\"rows\":["
                + "{\"regionKey\":\"15001\",\"regionName\":null,\"indicator\":\"PARTICIPANTS\",\"target\":200,"
                + "\"actual\":99,\"percent\":49.5},"
                + "{\"regionKey\":\"15089\",\"regionName\":\"Salzlandkreis\",\"indicator\":\"PARTICIPANTS\","
                + "\"target\":80,\"actual\":45,\"percent\":56.3},"
                + "{\"regionKey\":\"15089\",\"regionName\":\"Salzlandkreis\",\"indicator\":\"QUALIFICATION_GAINED\","
                + "\"target\":20,\"actual\":6,\"percent\":30.0}],\"totals\":["
                + "{\"indicator\":\"PARTICIPANTS\",\"target\":280,\"actual\":144,\"percent\":51.4},"
                + "{\"indicator\":\"QUALIFICATION_GAINED\",\"target\":20,\"actual\":6,\"percent\":30.0}]}");
    }

    @Test
    void a_target_of_zero_has_no_percentage_and_sorts_last() {
        var zero = new Row("15002", null, "PARTICIPANTS", number(0), number(3), null);
        var rows = new ArrayList<>(List.of(zero, DESSAU_PARTICIPANTS, SALZLAND_PARTICIPANTS));
        rows.sort(ControllingReport.order("percent", "desc"));
        assertThat(rows).extracting(Row::regionKey, Row::percent).containsExactly(
                tuple(SALZLAND, new BigDecimal("56.3")), tuple(DESSAU, new BigDecimal("49.5")), tuple("15002", null));
        rows.sort(ControllingReport.order("percent", "asc"));
        assertThat(rows).extracting(Row::regionKey).containsExactly(DESSAU, SALZLAND, "15002");
        assertThat(ControllingController.csvOf(new ControllingReport("2026", TODAY, List.of(zero), List.of())))
                .endsWith("15002,,PARTICIPANTS,0,3,\r\n");
    }

    @Test
    void the_endpoint_answers_csv_to_a_client_that_accepts_it_and_json_otherwise() throws Exception {
        var http = MockMvcBuilders.standaloneSetup(controller).build();
        var csv = http.perform(get("/api/network/controlling?period=2026").accept("text/csv")).andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString()).startsWith("regionKey,regionName,indicator,target,actual,percent");
        for (var accept : new String[] {"application/json", "*/*"}) {
            var json = http.perform(get("/api/network/controlling?period=2026").accept(accept)).andReturn()
                    .getResponse();
            assertThat(json.getContentType()).startsWith("application/json");
            assertThat(json.getContentAsString()).startsWith("{\"period\":\"2026\"");
        }
    }

    private static void assertInvalid(Runnable request, String field) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID);
            assertThat(rejection.field()).isEqualTo(field);
        });
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
