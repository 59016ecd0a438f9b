package de.regionet.infra.console.office;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network office's operations pages over HTTP: the controlling table with its chart, the live activity list,
 * the read models' status and the imports with their upload form; who may open which (the API's rules), forms
 * refused without their CSRF token, German by default and English on request. Region keys 99451–99455.
 */
@RegioNetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeOperationsPagesTest {

    static final List<String> PAGES = List.of("/console/controlling", "/console/aktivitaet", "/console/lesemodelle",
            "/console/importe", "/console/datenschutz");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @BeforeAll
    void targetAgreementsInForce() {
        Targets.inForce(port, "99451", "Landkreis Wittenberg-Test", 1500, "99452", "Burgenlandkreis-Test", 80);
    }

    @Test
    void the_controlling_page_shows_targets_and_actuals_in_a_table_and_a_chart_with_a_text_alternative() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(office.get("/console/controlling").body())
                .contains("Landkreis Wittenberg-Test (99451)", "Burgenlandkreis-Test (99452)"));
        var page = office.get("/console/controlling");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Controlling der Zielvereinbarungen</h1>", "<caption>",
                "scope=\"row\"", "1.500", "Teilnehmende insgesamt", "0,0 %")
                .contains("role=\"img\"", "<title id=\"chart-0-title\">", "<desc id=\"chart-0-desc\">",
                        "Landkreis Wittenberg-Test: Ziel 1.500, Ist 0, erreicht 0,0 %.", "Ziel 1.500</text>");
        var english = new PageClient(port).signIn(TestUsers.OFFICE).get("/console/controlling?lang=en");
        assertThat(english.body()).contains("lang=\"en\"", "Controlling of target agreements", "1,500",
                "Landkreis Wittenberg-Test: target 1,500, actual 0, reached 0.0 %.");
    }

    @Test
    void a_year_that_is_not_one_is_named_on_the_form() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);

        var page = office.get("/console/controlling?jahr=zwanzig");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("role=\"alert\"", "Jahr: Bitte geben Sie ein Jahr mit vier Ziffern an.",
                "aria-invalid=\"true\"");
    }

    @Test
    void the_activity_page_lists_the_latest_events_and_is_live_on_the_network_activity_topic() {
        new ApiClient(port).as(TestUsers.OFFICE).post("/api/regions",
                "{\"key\":\"99453\",\"name\":\"Aktivität-Test\",\"kind\":\"DISTRICT\"}");
        var office = new PageClient(port).signIn(TestUsers.OFFICE);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(office.get("/console/aktivitaet/liste").body())
                .contains("Regionen: 99453"));
        var page = office.get("/console/aktivitaet");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Aktivität im Netzwerk</h1>", "aria-live=\"polite\"",
                "data-live-topic=\"/topic/network-activity\"", "data-live-refresh=\"/console/aktivitaet/liste\"",
                "Regionen: 99453");
    }

    @Test
    void the_read_models_page_shows_each_processor_and_offers_the_office_a_rebuild() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);

        var page = office.get("/console/lesemodelle");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Lesemodelle</h1>", "network_activity", "regions", "läuft",
                "hx-trigger=\"every 2s\"", "hx-get=\"/console/lesemodelle/status\"", "id=\"rebuild-warning\"",
                "action=\"/console/lesemodelle/regions/neuaufbau\"", "Neu aufbauen");
        assertThat(office.get("/console/lesemodelle/status").body()).contains("read-models-table")
                .doesNotContain("<h1>");
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR).get("/console/lesemodelle");
        assertThat(auditor.status()).isEqualTo(200);
        assertThat(auditor.body()).contains("network_activity").doesNotContain("Neu aufbauen");
    }

    @Test
    void the_operator_finds_the_read_models_under_operations_and_is_offered_a_rebuild_but_no_import() {
        var operator = new PageClient(port).signIn(TestUsers.OPERATOR);

        var page = operator.get("/console/lesemodelle");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Betrieb", "href=\"/console/lesemodelle\"", "Neu aufbauen");
        assertThat(operator.get("/console/lesemodelle?lang=en").body()).contains("Operations");
        assertThat(operator.get("/console/importe").status()).isEqualTo(403);
    }

    @Test
    void a_read_model_that_cannot_replay_is_refused_on_the_page_and_a_rebuild_without_token_is_forbidden() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/lesemodelle");

        var refused = office.post("/console/lesemodelle/live-feed/neuaufbau", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("role=\"alert\"", "Der Neuaufbau von live-feed ist nicht möglich");
        assertThat(office.postWithoutToken("/console/lesemodelle/regions/neuaufbau", Map.of()).status())
                .isEqualTo(403);
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);
        auditor.get("/console/lesemodelle");
        assertThat(auditor.post("/console/lesemodelle/regions/neuaufbau", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void an_uploaded_file_is_imported_and_its_run_shown_with_progress() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/importe");

        var started = office.postFile("/console/importe", Map.of(), "datei", "history.ndjson", file("99454"), true);

        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).contains("/console/importe?gestartet=");
        assertThat(office.get(started.location().replaceFirst("^https?://[^/]+", "")).body())
                .contains("Der Import hat begonnen.");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                new ApiClient(port).as(TestUsers.OFFICE).get("/api/regions/99454").status()).isEqualTo(200));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(office.get("/console/importe/laeufe").body())
                .contains("abgeschlossen", "Übernahme", "2 von 2 Zeilen"));
    }

    @Test
    void a_dry_run_from_the_form_stores_nothing() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/importe");

        var started = office.postFile("/console/importe", Map.of("probelauf", "on"), "datei", "probe.ndjson",
                file("99455"), true);

        assertThat(started.status()).isEqualTo(302);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(office.get("/console/importe").body())
                .contains("Probelauf"));
        var id = started.location().substring(started.location().indexOf("gestartet=") + "gestartet=".length());
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/admin/imports/" + id).json()
                .get("state").asString()).isEqualTo("DONE"));
        assertThat(api.get("/api/admin/imports/" + id).json().get("dryRun").asBoolean()).isTrue();
        assertThat(api.get("/api/regions/99455").status()).isEqualTo(404);
    }

    @Test
    void an_upload_without_a_file_is_named_on_the_form_and_one_without_token_is_forbidden() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/importe");

        var empty = office.postFile("/console/importe", Map.of(), "datei", "leer.ndjson", "", true);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("role=\"alert\"", "href=\"#datei\"",
                "Importdatei: Bitte wählen Sie eine Datei aus, die nicht leer ist.");
        assertThat(office.postFile("/console/importe", Map.of(), "datei", "x.ndjson", file("99455"), false).status())
                .isEqualTo(403);
    }

    @Test
    void the_office_opens_every_page_and_the_auditor_all_but_the_imports() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);

        for (var page : PAGES) {
            assertThat(office.get(page).status()).as(page).isEqualTo(200);
        }
        assertThat(auditor.get("/console/controlling").status()).isEqualTo(200);
        assertThat(auditor.get("/console/aktivitaet").status()).isEqualTo(200);
        assertThat(auditor.get("/console/lesemodelle").status()).isEqualTo(200);
        var imports = auditor.get("/console/importe");
        assertThat(imports.status()).isEqualTo(403);
        assertThat(imports.body()).contains("<html", "lang=\"de\"");
    }

    @Test
    void coordinators_and_sponsors_get_the_forbidden_page_on_every_one() {
        for (var user : List.of(TestUsers.COORDINATOR_HARZ, TestUsers.SPONSOR)) {
            var client = new PageClient(port).signIn(user);
            for (var page : PAGES) {
                var answer = client.get(page);
                assertThat(answer.status()).as(user + " " + page).isEqualTo(403);
                assertThat(answer.header("content-type")).startsWith("text/html");
            }
        }
    }

    @Test
    void every_page_speaks_english_on_request() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);

        assertThat(office.get("/console/aktivitaet?lang=en").body()).contains("lang=\"en\"",
                "Activity in the network");
        assertThat(office.get("/console/lesemodelle").body()).contains("Read models", "Rebuild")
                .doesNotContain("Neu aufbauen");
        assertThat(office.get("/console/importe").body()).contains("Start import", "Dry run only");
        assertThat(office.get("/console/controlling").body()).contains("Targets and actuals per region");
    }

    /** A history file registering a region and its working group: two lines. */
    static String file(String key) {
        return """
                {"format":"regionet-import","version":1,"title":"Konsole","description":"Über die Konsole"}
                {"id":"%1$s-region","office":"network-office","effectiveOn":"2022-01-01","command":"RegisterRegion","body":{"key":"%1$s","name":"Import-Test %1$s","kind":"DISTRICT"}}
                {"id":"%1$s-rak","office":"coordination:%1$s","effectiveOn":"2022-03-01","command":"EstablishWorkingGroup","body":{"key":"%1$s","workingGroupId":"rak-%1$s","name":"RAK %1$s","establishedOn":"2022-03-01"}}
                """.formatted(key);
    }

    static String thisYear() {
        return String.valueOf(NetworkTime.today(Clock.systemUTC()).getYear());
    }
}
