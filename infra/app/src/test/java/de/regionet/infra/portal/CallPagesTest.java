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
 * Open calls on the public portal: every region's open call with its terms and the way to propose, never its
 * proposals; a call past its deadline is off the portal. Region key 99413.
 */
@RegioNetTest
class CallPagesTest {

    private static final String REGION = "99413";
    private static String open;
    private static String past;

    @LocalServerPort
    int port;

    @BeforeEach
    void openCallsOnce() {
        if (open != null) {
            return;
        }
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var data = new SharedResults(office);
        data.region(REGION, "Aufrufkreis");
        open = data.openCall(REGION, "Aufrufkreis", "Übergang Schule–Beruf 99413",
                "[\"Regionaler Bedarf\",\"Nachhaltigkeit\"]");
        past = data.pastCall(REGION, "Längst vorbei 99413");
        var proposed = office.post("/api/calls/" + open + "/proposals", """
                {"sponsor":"Bildungswerk Salzland","title":"Geheimer Vorschlag","summary":"Nur für die Region",
                 "requestedEuro":1000,"durationMonths":12}""");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(page("/aufrufe").body())
                .contains("Übergang Schule–Beruf 99413"));
    }

    private ApiClient.Response page(String path, String... headers) {
        var all = new ArrayList<>(List.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        all.addAll(List.of(headers));
        return new ApiClient(port).get(path, all.toArray(String[]::new));
    }

    @Test
    void open_calls_of_every_region_are_listed_with_region_area_and_deadline() {
        var answer = page("/aufrufe");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<h1>Offene Aufrufe</h1>")
                .contains("href=\"/aufrufe/" + open + "\">Übergang Schule–Beruf 99413</a>")
                .contains("<td>Aufrufkreis</td>").contains("<td>Förderbereich A</td>")
                .contains("30.06.2027, 12:00 Uhr")
                .doesNotContain("Längst vorbei 99413");
    }

    @Test
    void the_list_of_calls_is_english_on_request() {
        assertThat(page("/aufrufe?lang=en").body()).contains("<h1>Open calls</h1>").contains("Funding area A")
                .contains("30 June 2027, 12:00");
    }

    @Test
    void a_calls_page_shows_its_terms_and_leads_to_the_proposal_in_the_console() {
        var answer = page("/aufrufe/" + open);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<h1>Übergang Schule–Beruf 99413</h1>")
                .contains("<li>Regionaler Bedarf</li>").contains("<li>Nachhaltigkeit</li>")
                .contains("500.000,00 €")
                .contains("href=\"/console/aufrufe/" + open + "/antrag\">Antrag stellen</a>");
        assertThat(page("/aufrufe/" + open, "Accept-Language", "en").body()).contains(">Apply</a>")
                .contains("€500,000.00");
    }

    @Test
    void proposals_and_who_proposed_are_never_shown() {
        var body = page("/aufrufe").body() + page("/aufrufe/" + open).body();

        assertThat(body).doesNotContain("Geheimer Vorschlag").doesNotContain("Bildungswerk Salzland");
    }

    @Test
    void a_call_past_its_deadline_and_an_unknown_call_are_not_found() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(page("/aufrufe/" + past).status()).isEqualTo(404));
        var unknown = page("/aufrufe/gibt-es-nicht");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("<h1>Seite nicht gefunden</h1>");
    }

    @Test
    void a_call_id_tomcat_cannot_decode_is_a_bad_request_page_for_a_browser_and_a_problem_for_a_script() {
        var forBrowser = page("/aufrufe/%ff");
        assertThat(forBrowser.status()).isEqualTo(400);
        assertThat(forBrowser.contentType()).startsWith("text/html");

        var forScript = new ApiClient(port).get("/aufrufe/%ff", "Accept", "application/json");
        assertThat(forScript.status()).isEqualTo(400);
        assertThat(forScript.contentType()).startsWith("application/problem+json");
    }
}
