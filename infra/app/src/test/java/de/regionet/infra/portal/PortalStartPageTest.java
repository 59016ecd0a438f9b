package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public portal's start page as a browser gets it, without signing in: German by default, English on request
 * (the browser's preference or the switch, which a cookie remembers), showing a region, its working group and
 * members created through the API; errors of pages are pages, errors of the API stay problem documents.
 * Region keys 99401–99420.
 */
@RegioNetTest
class PortalStartPageTest {

    private static final String HTML = "text/html";

    @LocalServerPort
    int port;

    private ApiClient.Response page(String path, String... headers) {
        var all = new java.util.ArrayList<>(List.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        all.addAll(List.of(headers));
        return new ApiClient(port).get(path, all.toArray(String[]::new));
    }

    @Test
    void the_start_page_is_public_and_german_by_default() {
        var answer = page("/");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(HTML);
        assertThat(answer.body()).contains("<html lang=\"de\"")
                .contains("<h1>Das Netzwerk auf einen Blick</h1>")
                .contains("href=\"#main\"").contains("<main id=\"main\"")
                .contains("href=\"/feeds/news.atom\"").contains("href=\"/feeds/events.ics\"");
    }

    @Test
    void the_start_page_is_english_when_the_browser_prefers_english() {
        var answer = page("/", "Accept-Language", "en-GB,en;q=0.9,de;q=0.5");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<html lang=\"en\"").contains("<h1>The network at a glance</h1>");
    }

    @Test
    void a_language_the_portal_has_no_texts_for_gets_german() {
        var answer = page("/", "Accept-Language", "fr-FR,fr;q=0.9");

        assertThat(answer.body()).contains("<html lang=\"de\"");
    }

    @Test
    void the_switch_to_english_is_remembered_in_a_cookie() {
        var switched = page("/?lang=en", "Accept-Language", "de");

        assertThat(switched.status()).isEqualTo(200);
        assertThat(switched.body()).contains("<html lang=\"en\"").contains("The network at a glance");
        var cookie = switched.header("Set-Cookie");
        assertThat(cookie).startsWith("regionet-lang=en").contains("HttpOnly").contains("SameSite=Lax");

        var later = page("/", "Accept-Language", "de", "Cookie", "regionet-lang=en");
        assertThat(later.body()).contains("<html lang=\"en\"");
        var back = page("/?lang=de", "Cookie", "regionet-lang=en");
        assertThat(back.body()).contains("<html lang=\"de\"");
    }

    @Test
    void the_start_page_shows_a_region_its_working_group_members_and_coordination() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"99401","name":"Portalkreis Süd","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var group = office.post("/api/working-groups", """
                {"regionKey":"99401","name":"RAK Portalkreis Süd","establishedOn":"2021-01-01"}""");
        assertThat(group.status()).isEqualTo(201);
        var groups = "/api/working-groups/" + group.json().get("id").asString();
        assertThat(office.post(groups + "/members", """
                {"organisation":"Jobcenter Portalkreis","category":"JOB_CENTRE","admittedOn":"2022-07-01"}""",
                "If-Match", "\"0\"").status()).isEqualTo(201);
        assertThat(office.put(groups + "/coordination", """
                {"organisation":"REKO Portalkreis Süd","from":"2022-07-01","to":"2028-06-30"}""",
                "If-Match", "\"1\"").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/").body())
                .contains("Portalkreis Süd").contains("Landkreis, Regionalschlüssel 99401")
                .contains("RAK Portalkreis Süd")
                .contains("<td>Jobcenter Portalkreis</td>").contains("<td>Jobcenter</td>")
                .contains("REKO Portalkreis Süd, 01.07.2022 bis 30.06.2028"));

        assertThat(page("/?lang=en").body()).contains("District, official key 99401").contains("<td>Job centre</td>")
                .contains("REKO Portalkreis Süd, 1 July 2022 to 30 June 2028");
    }

    @Test
    void an_unknown_page_is_a_not_found_page_in_the_layout() {
        var answer = page("/gibt-es-nicht");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(HTML);
        assertThat(answer.body()).contains("<html lang=\"de\"").contains("<h1>Seite nicht gefunden</h1>")
                .contains("Fehlercode 404").contains("href=\"#main\"");
        assertThat(page("/gibt-es-nicht", "Accept-Language", "en").body()).contains("<h1>Page not found</h1>");
    }

    @Test
    void a_malformed_query_on_a_page_is_a_bad_request_page_not_a_failure() {
        var answer = page("/?lang=%ff");

        assertThat(answer.status()).isBetween(200, 499);
        assertThat(answer.contentType()).startsWith(HTML);
    }

    @Test
    void an_unknown_api_path_stays_a_problem_document_even_for_a_browser() {
        var answer = page("/api/gibt-es-nicht");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var signedIn = new ApiClient(port).as(TestUsers.OFFICE).get("/api/gibt-es-nicht", "Accept", "text/html");
        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(signedIn.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_unknown_page_asked_for_by_a_script_is_a_problem_document() {
        var answer = new ApiClient(port).get("/gibt-es-nicht", "Accept", "application/json");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_start_page_answers_any_accept_header_without_failing() {
        for (var accept : List.of("application/json", "*/*", "image/png", "garbage")) {
            var answer = new ApiClient(port).get("/", "Accept", accept);
            assertThat(answer.status()).as(accept + ": " + answer.body()).isLessThan(500);
            if (answer.status() >= 400) {
                assertThat(answer.contentType()).as(accept).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void the_stylesheet_and_the_webjars_are_served_without_sign_in() {
        assertThat(page("/css/regionet.css").status()).isEqualTo(200);
        var htmx = new ApiClient(port).get("/webjars/htmx.org/dist/htmx.min.js");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(new ApiClient(port).get("/webjars/stomp__stompjs/bundles/stomp.umd.min.js").status())
                .isEqualTo(200);
    }
}
