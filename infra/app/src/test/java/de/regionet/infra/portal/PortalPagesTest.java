package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's network, news and events pages as a browser gets them without signing in: German by default,
 * English on request, a 404 page for what does not exist or is not published, and nothing the public may not
 * see (drafts, member ids, who registered). Region keys 99406 and 99407.
 */
@RegioNetTest
class PortalPagesTest {

    private static final String HTML = "text/html";

    @LocalServerPort
    int port;

    private ApiClient.Response page(String path, String... headers) {
        var all = new ArrayList<>(List.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        all.addAll(List.of(headers));
        return new ApiClient(port).get(path, all.toArray(String[]::new));
    }

    private ApiClient office() {
        return new ApiClient(port).as(TestUsers.OFFICE);
    }

    @Test
    void the_network_page_links_every_region_to_a_page_with_its_group_coordination_and_agreements_in_force() {
        var office = office();
        assertThat(office.post("/api/regions", """
                {"key":"99406","name":"Portalkreis Nord","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var group = office.post("/api/working-groups", """
                {"regionKey":"99406","name":"RAK Portalkreis Nord","establishedOn":"2021-01-01"}""");
        var groups = "/api/working-groups/" + group.json().get("id").asString();
        var member = office.post(groups + "/members", """
                {"organisation":"Jobcenter Nordkreis","category":"JOB_CENTRE","admittedOn":"2022-07-01"}""");
        assertThat(member.status()).isEqualTo(201);
        assertThat(office.put(groups + "/coordination", """
                {"organisation":"REKO Portalkreis Nord","from":"2022-07-01"}""").status()).isEqualTo(204);
        var inForce = agreement(office, "Vereinbarung Übergang Nord");
        for (var party : List.of("Jobcenter Nordkreis", "Agentur Nord")) {
            assertThat(office.post(inForce + "/signatures", """
                    {"party":"%s","signedOn":"2021-12-09","signatory":"Geschäftsführung"}""".formatted(party))
                    .status()).isEqualTo(204);
        }
        agreement(office, "Entwurf Nord");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/netzwerk/99406").body())
                .contains("Vereinbarung Übergang Nord").contains("REKO Portalkreis Nord, seit 01.07.2022"));
        var network = page("/netzwerk");
        assertThat(network.status()).isEqualTo(200);
        assertThat(network.body()).contains("<html lang=\"de\"").contains("<h1>Das Netzwerk</h1>")
                .contains("<a href=\"/netzwerk/99406\">Portalkreis Nord</a>");
        var region = page("/netzwerk/99406");
        assertThat(region.contentType()).startsWith(HTML);
        assertThat(region.body()).contains("<h1>Portalkreis Nord</h1>").contains("RAK Portalkreis Nord")
                .contains("<td>Jobcenter Nordkreis</td>").contains("<td>Jobcenter</td>")
                .doesNotContain("Entwurf Nord").doesNotContain(member.json().get("id").asString());
        assertThat(page("/netzwerk/99406?lang=en").body()).contains("<html lang=\"en\"")
                .contains("Regional working group").contains("REKO Portalkreis Nord, since 1 July 2022")
                .contains("<td>Job centre</td>");
    }

    private static String agreement(ApiClient office, String title) {
        var drafted = office.post("/api/agreements", """
                {"title":"%s","scope":"REGIONAL","regionKey":"99406",
                 "parties":[{"party":"Jobcenter Nordkreis","regionKey":"99406"},{"party":"Agentur Nord"}],
                 "documentSha256":"%s","validFrom":"2022-01-01"}""".formatted(title, "a".repeat(64)));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.header("Location");
    }

    @Test
    void an_unknown_region_is_a_not_found_page() {
        var answer = page("/netzwerk/99499");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(HTML);
        assertThat(answer.body()).contains("<h1>Seite nicht gefunden</h1>");
        assertThat(page("/netzwerk/kein-schluessel", "Accept-Language", "en").body())
                .contains("<h1>Page not found</h1>");
    }

    @Test
    void a_malformed_id_is_refused_with_a_page_for_a_browser_and_a_problem_for_anyone_else() {
        for (var path : List.of("/veranstaltungen/%ff", "/nachrichten/%ff", "/netzwerk/%ff")) {
            var forBrowser = page(path);
            var forClient = new ApiClient(port).get(path);

            assertThat(forBrowser.status()).as(path).isEqualTo(400);
            assertThat(forBrowser.contentType()).as(path).startsWith(HTML);
            assertThat(forClient.status()).as(path).isEqualTo(400);
            assertThat(forClient.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void the_news_pages_show_published_articles_with_their_sanitised_body_and_never_a_draft() {
        var office = office();
        var published = news(office, "Portalnachricht veröffentlicht",
                "Hallo **Netz** <script>alert(1)</script> [Seite](https://www.regio-aktiv.de)");
        assertThat(office.post("/api/news/" + published + "/publication", "{}").status()).isEqualTo(204);
        var draft = news(office, "Portalnachricht Entwurf", "Noch nicht");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/nachrichten").body())
                .contains("Portalnachricht veröffentlicht"));
        var list = page("/nachrichten");
        assertThat(list.body()).contains("<h1>Nachrichten</h1>").contains("href=\"/nachrichten/" + published + "\"")
                .contains("href=\"/feeds/news.atom\"").contains("aria-live=\"polite\"")
                .contains("data-live-topic=\"/topic/news\"").contains("data-live-refresh=\"/nachrichten/liste\"")
                .doesNotContain("Portalnachricht Entwurf");
        var article = page("/nachrichten/" + published);
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.body()).contains("<h1 id=\"article-title\">Portalnachricht veröffentlicht</h1>")
                .contains("<strong>Netz</strong>").contains("href=\"https://www.regio-aktiv.de\"")
                .doesNotContain("<script>alert");
        assertThat(page("/nachrichten/" + published + "?lang=en").body()).contains("Back to all news");
        assertThat(page("/nachrichten/" + draft).status()).isEqualTo(404);
        assertThat(page("/nachrichten/" + draft).body()).contains("<h1>Seite nicht gefunden</h1>");
    }

    @Test
    void the_list_fragments_are_live_regions_that_name_their_topic() {
        var news = page("/nachrichten/liste");
        var latest = page("/nachrichten/neueste");
        var events = page("/veranstaltungen/liste");

        assertThat(news.status()).isEqualTo(200);
        assertThat(news.body()).startsWith("<div").contains("aria-live=\"polite\"").doesNotContain("<main");
        assertThat(latest.body()).contains("data-live-refresh=\"/nachrichten/neueste\"");
        assertThat(events.body()).contains("data-live-topic=\"/topic/network-events\"").doesNotContain("<main");
        assertThat(page("/").body()).contains("data-live-refresh=\"/nachrichten/neueste\"");
    }

    @Test
    void the_event_pages_show_places_left_and_lead_to_sign_in_without_naming_who_registered() {
        var office = office();
        var event = networkEvent(office, "Portalkonferenz", 10);
        assertThat(office.post("/api/network-events/" + event + "/publication", "").status()).isEqualTo(204);
        assertThat(office.post("/api/network-events/" + event + "/registrations",
                "{\"organisation\":\"Geheimer Verein Nord\"}").status()).isEqualTo(201);
        var draft = networkEvent(office, "Portalkonferenz Entwurf", null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/veranstaltungen/" + event)
                .body()).contains("9 von 10"));
        var list = page("/veranstaltungen");
        assertThat(list.body()).contains("<h1>Veranstaltungen</h1>").contains("href=\"/veranstaltungen/" + event)
                .contains("href=\"/feeds/events.ics\"").doesNotContain("Portalkonferenz Entwurf");
        var details = page("/veranstaltungen/" + event);
        assertThat(details.body()).contains("<h1 id=\"event-title\">Portalkonferenz</h1>")
                .contains("Magdeburg, Landeshaus").contains("03.12.2099, 10:00 Uhr")
                .contains("href=\"/anmelden?weiter=/veranstaltungen/" + event + "\"")
                .doesNotContain("Geheimer Verein Nord");
        assertThat(page("/veranstaltungen/" + event + "?lang=en").body()).contains("9 of 10").contains("Register");
        assertThat(page("/veranstaltungen/" + draft).status()).isEqualTo(404);
    }

    static String news(ApiClient office, String title, String body) {
        var created = office.post("/api/news", """
                {"title":"%s","teaser":"Kurz","body":"%s","regionKeys":[],"fundingAreas":["K"]}"""
                .formatted(title, body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static String networkEvent(ApiClient office, String title, Integer capacity) {
        var created = office.post("/api/network-events", """
                {"title":"%s","description":"Mit **Programm**","start":"2099-12-03T10:00:00+01:00",
                 "end":"2099-12-03T16:00:00+01:00","location":"Magdeburg, Landeshaus",
                 "onlineUrl":"https://meet.example.org/konferenz","capacity":%s,"regionKeys":[]}"""
                .formatted(title, capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
