package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public results catalogue as a browser gets it: results shared with the public only, German figures by
 * default and English on request, search that finds umlauts typed without them, facets and the catalogue's sums,
 * a page per result and the live list fragment. Region keys 99411 and 99412.
 */
@RegioNetTest
class ResultPagesTest {

    private static final String REGION = "99411";
    private static final String OTHER_REGION = "99412";
    private static String transition;
    private static String workshop;
    private static String networkOnly;
    private static String regionOnly;

    @LocalServerPort
    int port;

    @BeforeEach
    void shareResultsOnce() {
        if (transition != null) {
            return;
        }
        var data = new SharedResults(new ApiClient(port).as(TestUsers.OFFICE));
        data.region(REGION, "Ergebniskreis Nord");
        data.region(OTHER_REGION, "Ergebniskreis Süd");
        var bridge = data.project(REGION, "Übergang in Ausbildung", "Begleitung junger Menschen", "Bildungswerk Nord");
        var craft = data.project(REGION, "Offene Werkstatt", "Handwerk ausprobieren", "Werkhof Nord");
        var south = data.project(OTHER_REGION, "Brücke Süd", "Begleitung im Süden", "Bildungswerk Süd");
        transition = data.result(bridge, 2025, "{\"PARTICIPANTS\":1250,\"QUALIFICATION_GAINED\":17}",
                "Jugendliche fanden Ausbildungsplätze.", "PUBLIC");
        workshop = data.result(craft, 2023, "{\"PARTICIPANTS\":30}", "Zwölf Gewerke vorgestellt.", "PUBLIC");
        data.result(south, 2025, "{\"PARTICIPANTS\":8}", "Im Süden begonnen.", "PUBLIC");
        networkOnly = data.result(craft, 2024, "{\"PARTICIPANTS\":99}", "Vertraulicher Zwischenstand Netzwerk.",
                "NETWORK");
        regionOnly = data.result(bridge, 2024, "{\"PARTICIPANTS\":77}", "Interne Bilanz der Region.", "REGION");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(page("/ergebnisse?region=" + REGION)
                .body()).contains("Übergang in Ausbildung").contains("Offene Werkstatt"));
    }

    private ApiClient.Response page(String path, String... headers) {
        var all = new ArrayList<>(List.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        all.addAll(List.of(headers));
        return new ApiClient(port).get(path, all.toArray(String[]::new));
    }

    @Test
    void the_catalogue_is_public_german_by_default_and_shows_figures_with_units_in_german_format() {
        var answer = page("/ergebnisse?region=" + REGION);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<html lang=\"de\"").contains("<h1>Ergebnisse der Projekte</h1>")
                .contains("<label for=\"result-q\">Suchbegriff</label>")
                .contains("2 Ergebnisse gefunden.")
                .contains("Bildungswerk Nord, Ergebniskreis Nord, Förderbereich A, 2025")
                .contains("Teilnehmende insgesamt: 1.250 Personen")
                .contains("href=\"/ergebnisse/" + transition + "\"");
    }

    @Test
    void the_catalogue_is_english_on_request() {
        var answer = page("/ergebnisse?region=" + REGION, "Accept-Language", "en");

        assertThat(answer.body()).contains("<html lang=\"en\"").contains("<h1>Project results</h1>")
                .contains("2 results found.").contains("Teilnehmende insgesamt: 1,250 persons")
                .contains("Funding area A");
    }

    @Test
    void results_shared_with_the_network_or_the_region_only_are_never_shown() {
        var body = page("/ergebnisse?region=" + REGION).body() + page("/ergebnisse?q=vertraulicher").body()
                + page("/ergebnisse?q=interne%20bilanz").body() + page("/ergebnisse").body();

        assertThat(body).doesNotContain("Vertraulicher Zwischenstand").doesNotContain("Interne Bilanz")
                .doesNotContain(": 99 Personen").doesNotContain(": 77 Personen");
        assertThat(page("/ergebnisse/" + networkOnly).status()).isEqualTo(404);
        assertThat(page("/ergebnisse/" + regionOnly).status()).isEqualTo(404);
    }

    @Test
    void a_word_with_an_umlaut_is_found_when_typed_without_it() {
        for (var typed : List.of("Ubergang", "uebergang", "ÜBERGANG", "ubergang%20ausbildung")) {
            var body = page("/ergebnisse?region=" + REGION + "&q=" + typed).body();
            assertThat(body).as(typed).contains("Übergang in Ausbildung").doesNotContain("Offene Werkstatt")
                    .contains("Ein Ergebnis gefunden.");
        }
        assertThat(page("/ergebnisse?q=ubergang&region=" + REGION).body())
                .as("the search field keeps what was typed").contains("value=\"ubergang\"");
    }

    @Test
    void facets_narrow_the_list_and_link_to_the_narrower_search() {
        var all = page("/ergebnisse?region=" + REGION).body();
        assertThat(all).contains("href=\"/ergebnisse?region=" + REGION + "&amp;year=2023\"")
                .contains("href=\"/ergebnisse?region=" + REGION + "&amp;indicator=QUALIFICATION_GAINED\"")
                .contains("Nach der Teilnahme mit Qualifizierung (1)")
                .contains("href=\"/ergebnisse\">Alle Regionen</a>");

        assertThat(page("/ergebnisse?region=" + REGION + "&year=2023").body()).contains("Offene Werkstatt")
                .doesNotContain("Übergang in Ausbildung");
        assertThat(page("/ergebnisse?region=" + REGION + "&indicator=QUALIFICATION_GAINED").body())
                .contains("Übergang in Ausbildung").doesNotContain("Offene Werkstatt");
        assertThat(page("/ergebnisse?region=" + REGION + "&q=werkstatt").body()).contains("Offene Werkstatt")
                .doesNotContain("Übergang in Ausbildung");
        assertThat(page("/ergebnisse?region=" + OTHER_REGION).body()).contains("Brücke Süd")
                .doesNotContain("Offene Werkstatt");
    }

    @Test
    void the_sums_of_the_catalogue_are_shown_per_region_and_funding_area() {
        var body = page("/ergebnisse?region=" + REGION).body();

        assertThat(body).contains("<caption>Summen je Region und Förderbereich</caption>")
                .contains("<th scope=\"row\">Ergebniskreis Nord</th>")
                .contains("Teilnehmende insgesamt: 1.280 Personen");
    }

    @Test
    void a_results_page_shows_its_project_region_period_and_figures() {
        var answer = page("/ergebnisse/" + transition);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<h1>Übergang in Ausbildung</h1>")
                .contains("Jugendliche fanden Ausbildungsplätze.").contains("<dd>Bildungswerk Nord</dd>")
                .contains("<dd>Ergebniskreis Nord</dd>").contains("01.01.2025 bis 30.06.2025")
                .contains("<td>1.250</td>");
    }

    @Test
    void an_unknown_result_is_a_not_found_page() {
        var answer = page("/ergebnisse/gibt-es-nicht");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("<h1>Seite nicht gefunden</h1>");
    }

    @Test
    void a_region_key_that_is_none_is_a_bad_request_page_not_a_failure() {
        var answer = page("/ergebnisse?region=Nord");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(page("/ergebnisse?year=zwanzig").status()).isEqualTo(400);
    }

    @Test
    void the_live_list_is_served_alone_with_the_search_it_was_asked_for() {
        var answer = page("/ergebnisse/liste?region=" + REGION + "&q=werkstatt");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("<html").contains("data-live-topic=\"/topic/results\"")
                .contains("data-live-refresh=\"/ergebnisse/liste?q=werkstatt&amp;region=" + REGION + "\"")
                .contains("Offene Werkstatt").doesNotContain("Übergang in Ausbildung");
        assertThat(page("/ergebnisse?region=" + REGION).body()).contains("aria-live=\"polite\"");
    }
}
