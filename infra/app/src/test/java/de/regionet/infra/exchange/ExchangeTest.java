package de.regionet.infra.exchange;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exchange between networks over HTTP and STOMP: a result of Saxony-Anhalt shared nation-wide is seen by North
 * Rhine-Westphalia's office, one shared with its network is not; anonymous readers see what is public; Hesse's
 * good practice is listed under its network, with facets counting kinds, networks and regions.
 */
@RegioNetTest
class ExchangeTest {

    /** A region of Saxony-Anhalt (Anhalt-Bitterfeld); projects need no registered region. */
    private static final String ANHALT_BITTERFELD = "15082";

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void a_result_shared_nation_wide_is_seen_by_another_networks_office_but_one_shared_with_its_network_is_not() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var nrw = new ApiClient(port).as(TestUsers.OFFICE_NRW);
        var project = project(office, "Lotsenwerkstatt");
        var nationWide = result(office, project, "NATION_WIDE", "Lotsenwerkstatt verbindet Schulen und Betriebe.");
        var inTheNetwork = result(office, project, "NETWORK", "Lotsenwerkstatt intern ausgewertet.");
        await().atMost(Duration.ofSeconds(10)).until(() -> ids(office, "lotsenwerkstatt").size() == 2);

        assertThat(ids(nrw, "lotsenwerkstatt&network=sachsen-anhalt")).containsExactly(nationWide);
        assertThat(ids(office, "lotsenwerkstatt")).containsExactlyInAnyOrder(nationWide, inTheNetwork);
        assertThat(ids(new ApiClient(port), "lotsenwerkstatt")).isEmpty();
        assertThat(new ApiClient(port).as(TestUsers.OFFICE_NRW).get(project + "/results/" + inTheNetwork).status())
                .isEqualTo(404);

        var item = exchange(nrw, "lotsenwerkstatt").get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("RESULT");
        assertThat(item.get("network").get("id").asString()).isEqualTo("sachsen-anhalt");
        assertThat(item.get("network").get("name").asString()).isEqualTo("REGIO AKTIV Sachsen-Anhalt");
        assertThat(item.get("regionKey").asString()).isEqualTo(ANHALT_BITTERFELD);
        assertThat(item.get("title").asString()).isEqualTo("Lotsenwerkstatt");
        assertThat(item.get("link").asString()).isEqualTo(project + "/results/" + nationWide);
    }

    @Test
    void a_result_is_shared_wider_later_and_anonymous_readers_then_see_it_but_narrowing_is_refused() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var project = project(office, "Brückenjahr");
        var result = result(office, project, "NETWORK", "Brückenjahr für Jugendliche ohne Abschluss.");
        await().atMost(Duration.ofSeconds(10)).until(() -> ids(office, "bruckenjahr").size() == 1);
        assertThat(ids(new ApiClient(port), "bruckenjahr")).isEmpty();

        var coordinatorOfAnother = new ApiClient(port).as(TestUsers.COORDINATOR_DESSAU);
        assertThat(coordinatorOfAnother.post(project + "/results/" + result + "/sharing", """
                {"audience":"PUBLIC"}""").status()).isEqualTo(403);
        var shared = office.post(project + "/results/" + result + "/sharing", """
                {"audience":"PUBLIC"}""");
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> ids(new ApiClient(port), "bruckenjahr").size() == 1);

        var narrowed = office.post(project + "/results/" + result + "/sharing", """
                {"audience":"NETWORK"}""");
        assertThat(narrowed.status()).isEqualTo(409);
        assertThat(narrowed.contentType()).startsWith("application/problem+json");
        assertThat(narrowed.json().get("detail").asString()).contains("sharing only widens")
                .contains("record a correction with the narrower audience");
        var invalid = office.post(project + "/results/" + result + "/sharing", """
                {"audience":"EVERYONE"}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("audience");
    }

    @Test
    void a_practice_of_hesse_is_listed_under_its_network_with_facets_and_read_by_its_id() throws Exception {
        var hessen = new ApiClient(port).as(TestUsers.OFFICE_HESSEN);
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        try (var feed = StompFeed.subscribe(port, "/topic/exchange", broker)) {
            var described = hessen.post("/api/practices", """
                    {"title":"Arbeitsmarktbüro Kreisverbund",
                     "summary":"Agentur, Jobcenter und Kreis beraten **unter einem Dach**.",
                     "regionKey":"06433","topics":["Geflüchtete","Kooperation"],
                     "contactOrganisation":"Kreis Groß-Gerau","audience":"PUBLIC"}""");
            assertThat(described.status()).as(described.body()).isEqualTo(201);
            var hidden = hessen.post("/api/practices", """
                    {"title":"Kreisverbund intern","summary":"Nur für Hessen.","audience":"NETWORK"}""");
            assertThat(hidden.status()).as(hidden.body()).isEqualTo(201);
            var project = project(office, "Kreisverbund Saale");
            result(office, project, "PUBLIC", "Kreisverbund nach hessischem Vorbild.");

            var messages = feed.take(2, Duration.ofSeconds(10));
            assertThat(messages).extracting(message -> message.get("type"))
                    .containsExactlyInAnyOrder("PracticeDescribed", "ResultRecorded");
            var id = described.json().get("id").asString();
            await().atMost(Duration.ofSeconds(10)).until(() -> ids(new ApiClient(port), "kreisverbund").size() == 2);

            var anonymous = exchange(new ApiClient(port), "kreisverbund");
            assertThat(anonymous.get("facets").get("network").toString())
                    .isEqualTo("{\"hessen\":1,\"sachsen-anhalt\":1}");
            assertThat(anonymous.get("facets").get("kind").toString()).isEqualTo("{\"practice\":1,\"result\":1}");
            var onlyHesse = exchange(new ApiClient(port), "kreisverbund&network=hessen");
            assertThat(onlyHesse.get("total").asInt()).isEqualTo(1);
            assertThat(onlyHesse.get("facets").get("network").toString())
                    .as("a facet counts over every other filter, not its own")
                    .isEqualTo("{\"hessen\":1,\"sachsen-anhalt\":1}");
            assertThat(onlyHesse.get("facets").get("region").toString()).isEqualTo("{\"06433\":1}");
            var item = onlyHesse.get("items").get(0);
            assertThat(item.get("kind").asString()).isEqualTo("PRACTICE");
            assertThat(item.get("network").get("id").asString()).isEqualTo("hessen");
            assertThat(item.get("page").asString()).isEqualTo("/austausch/praxis/" + id);
            assertThat(ids(new ApiClient(port), "kreisverbund&kind=result")).hasSize(1);
            assertThat(ids(hessen, "kreisverbund")).hasSize(3);
            assertThat(ids(office, "kreisverbund")).as("a network's own examples stay in it").hasSize(2);

            var read = new ApiClient(port).get("/api/exchange/practices/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("summaryHtml").asString()).contains("<strong>unter einem Dach</strong>");
            assertThat(read.json().get("network").asString()).isEqualTo("hessen");
            assertThat(new ApiClient(port).get("/api/exchange/practices/" + hidden.json().get("id").asString())
                    .status()).isEqualTo(404);
            var unknown = new ApiClient(port).get("/api/exchange?network=bayern");
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.body()).contains("there is no network bayern");
            assertThat(new ApiClient(port).get("/api/exchange?kind=news").body()).contains("kind");
        }
    }

    @Test
    void an_office_of_another_network_may_not_change_hesses_practice() {
        var hessen = new ApiClient(port).as(TestUsers.OFFICE_HESSEN);
        var described = hessen.post("/api/practices", """
                {"title":"Jugendberufsagentur","summary":"Alles aus einer Hand.","regionKey":"06412",
                 "audience":"NATION_WIDE"}""");
        assertThat(described.status()).as(described.body()).isEqualTo(201);
        var path = "/api/practices/" + described.json().get("id").asString();
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        assertThat(office.post(path + "/withdrawal", "{}").status()).isEqualTo(403);
        assertThat(office.put(path, """
                {"title":"Übernommen","summary":"x","audience":"PUBLIC"}""", "If-Match", "\"0\"").status())
                .isEqualTo(403);
        assertThat(office.post("/api/practices", """
                {"title":"Fremd","summary":"x","regionKey":"06412","audience":"PUBLIC"}""").status()).isEqualTo(403);
        var regionOnly = hessen.post("/api/practices", """
                {"title":"Nur hier","summary":"x","regionKey":"06412","audience":"REGION"}""");
        assertThat(regionOnly.status()).isEqualTo(422);
        assertThat(regionOnly.body()).contains("audience");
        assertThat(hessen.post(path + "/withdrawal", "{\"reason\":\"eingestellt\"}").status()).isEqualTo(204);
    }

    private String project(ApiClient office, String title) {
        var recorded = office.post("/api/projects", """
                {"regionKey":"%s","programmeId":"%s","fundingArea":"A","sponsor":"Bildungswerk Anhalt",
                 "title":"%s","summary":"Begleitung junger Menschen","grantEuro":50000,"durationMonths":24,
                 "selectedBy":"RAK Anhalt-Bitterfeld","selectedOn":"2023-01-10"}"""
                .formatted(ANHALT_BITTERFELD, new Funding(office).programme(), title));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.header("Location");
    }

    private static String result(ApiClient office, String project, String audience, String narrative) {
        var recorded = office.post(project + "/results", """
                {"periodFrom":"2024-01-01","periodTo":"2024-12-31","indicators":{"PARTICIPANTS":12},
                 "narrative":"%s","audience":"%s"}""".formatted(narrative, audience));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }

    private static JsonNode exchange(ApiClient reader, String query) {
        var answer = reader.get("/api/exchange?q=" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(ApiClient reader, String query) {
        var ids = new ArrayList<String>();
        exchange(reader, query).get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
