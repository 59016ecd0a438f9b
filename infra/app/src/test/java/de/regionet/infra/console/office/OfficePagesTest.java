package de.regionet.infra.console.office;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.PageClient;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network office's console over HTTP: regions at a glance, the news desk and network events. Each form sends the
 * API's command, refuses what the API refuses with the field named on the form (German by default, English on
 * request), needs its CSRF token, and is the office's alone.
 */
@RegioNetTest
class OfficePagesTest {

    private static final Pattern ARTICLE = Pattern.compile("/console/nachrichten/([0-9a-f-]{36})");
    private static final Pattern EVENT = Pattern.compile("/console/veranstaltungen/([0-9a-f-]{36})");

    @LocalServerPort
    int port;

    private static boolean registered;

    private void regions() {
        synchronized (OfficePagesTest.class) {
            if (registered) {
                return;
            }
            var office = new ApiClient(port).as(TestUsers.OFFICE);
            assertThat(office.post("/api/regions", """
                    {"key":"99446","name":"Landkreis Gipfelau","kind":"DISTRICT"}""").status()).isEqualTo(201);
            assertThat(office.post("/api/regions", """
                    {"key":"99447","name":"Stadt Auenbrück","kind":"INDEPENDENT_CITY"}""").status()).isEqualTo(201);
            Rak.constitute(office, "99446", "Gipfelau");
            new Funding(office).closedCalls("99446", 1);
            registered = true;
        }
    }

    @Test
    void the_dashboard_shows_every_region_with_what_needs_attention_and_links_to_its_public_page() {
        regions();
        var office = new PageClient(port).signIn(TestUsers.OFFICE);

        await().untilAsserted(() -> {
            var page = office.get("/console/buero");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Regionen im Blick</h1>", "href=\"/netzwerk/99446\"",
                    "href=\"/netzwerk/99447\"", "RAK Gipfelau (6 Mitglieder)",
                    "Kein regionaler Arbeitskreis gegründet", "Keine regionale Koordinierung benannt",
                    "Ein Aufruf ist abgelaufen und noch ohne Auswahl");
        });
    }

    @Test
    void the_dashboard_is_the_office_s_alone_and_others_get_the_403_page() {
        for (var user : new String[]{TestUsers.COORDINATOR_HARZ, TestUsers.SPONSOR}) {
            var other = new PageClient(port).signIn(user);
            var refused = other.get("/console/buero");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.header("content-type")).startsWith("text/html");
            assertThat(other.get("/console/nachrichten").status()).isEqualTo(403);
            assertThat(other.get("/console/veranstaltungen").status()).isEqualTo(403);
        }
    }

    @Test
    void the_office_drafts_previews_edits_schedules_and_publishes_news_and_the_api_sees_it() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        assertThat(office.get("/console/nachrichten/neu").body()).contains("Nachricht schreiben", "name=\"_csrf\"");

        var preview = office.post("/console/nachrichten/vorschau",
                news("Vorschau-Titel", "Text mit **fett** <script>alert(1)</script>"), "HX-Request", "true");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<strong>fett</strong>").doesNotContain("<script", "<main");
        var plainPreview = office.post("/console/nachrichten/vorschau", news("Ohne Skript", "_kursiv_"));
        assertThat(plainPreview.body()).contains("<main", "<em>kursiv</em>", "value=\"Ohne Skript\"");
        assertThat(office.get("/console/nachrichten").body()).doesNotContain("Vorschau-Titel");

        office.get("/console/nachrichten/neu");
        var drafted = office.post("/console/nachrichten/neu", news("Fachkräfte im Gipfelau", "Der **RAK** tagt."));
        assertThat(drafted.status()).isEqualTo(302);
        var matcher = ARTICLE.matcher(drafted.location());
        assertThat(matcher.find()).as(drafted.location()).isTrue();
        var path = "/console/nachrichten/" + matcher.group(1);
        var article = office.get(path);
        assertThat(article.body()).contains("Der Entwurf ist gespeichert.", "Stand: Entwurf", "value=\"0\"");

        var edited = office.post(path, withVersion(news("Fachkräfte in Gipfelau", "Der **RAK** tagt."), "0"));
        assertThat(edited.status()).isEqualTo(302);
        assertThat(office.get(path).body()).contains("value=\"Fachkräfte in Gipfelau\"", "value=\"1\"");

        var at = LocalDateTime.now().plusDays(30).withSecond(0).withNano(0);
        var scheduled = office.post(path + "/planung", Map.of("version", "1", "at", at.toString()));
        assertThat(scheduled.status()).isEqualTo(302);
        assertThat(office.get(path).body()).contains("Stand: Geplant", "geplant für");

        assertThat(office.post(path + "/veroeffentlichung", Map.of("version", "2")).status()).isEqualTo(302);
        assertThat(office.get(path).body()).contains("Die Nachricht ist veröffentlicht.", "Stand: Veröffentlicht");
        await().untilAsserted(() -> assertThat(new ApiClient(port).get("/api/news").body())
                .contains("Fachkräfte in Gipfelau"));

        assertThat(office.post(path + "/zurueckziehen", Map.of("version", "3")).status()).isEqualTo(302);
        assertThat(office.get("/console/nachrichten").body()).contains("Fachkräfte in Gipfelau", "Zurückgezogen");
    }

    @Test
    void an_empty_title_comes_back_on_the_form_with_the_field_named_in_german_and_nothing_is_stored() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/nachrichten/neu");

        var refused = office.post("/console/nachrichten/neu", news(" ", "Ein Text ohne Titel"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"", "href=\"#title\"",
                "Titel: Bitte geben Sie einen Titel ein.", "aria-invalid=\"true\"", "Ein Text ohne Titel");
        assertThat(office.get("/console/nachrichten").body()).doesNotContain("Ein Text ohne Titel");
    }

    @Test
    void a_stale_version_is_refused_on_the_form_not_lost() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/nachrichten/neu");
        var path = office.post("/console/nachrichten/neu", news("Zweimal bearbeitet", "Erste Fassung")).location()
                .replaceFirst("^https?://[^/]+", "");
        office.get(path);
        assertThat(office.post(path, withVersion(news("Zweimal bearbeitet", "Zweite Fassung"), "0")).status())
                .isEqualTo(302);

        office.get(path);
        var stale = office.post(path, withVersion(news("Zweimal bearbeitet", "Dritte Fassung"), "0"));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("role=\"alert\"", "Inzwischen hat jemand anderes etwas geändert");
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/nachrichten/neu");

        assertThat(office.postWithoutToken("/console/nachrichten/neu", news("Ohne Token", "Text")).status())
                .isEqualTo(403);
        assertThat(office.postWithoutToken("/console/veranstaltungen/neu", Map.of("title", "Ohne Token")).status())
                .isEqualTo(403);
        assertThat(office.get("/console/nachrichten").body()).doesNotContain("Ohne Token");
    }

    @Test
    void the_office_plans_publishes_reschedules_and_cancels_a_network_event() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/veranstaltungen/neu");
        var start = LocalDateTime.now().plusDays(20).withHour(10).withMinute(0).withSecond(0).withNano(0);
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", "Netzwerktreffen Auenbrück");
        fields.put("description", "Austausch der **Koordinierungen**.");
        fields.put("start", start.toString());
        fields.put("end", start.plusHours(3).toString());
        fields.put("location", "Rathaus Auenbrück");
        fields.put("onlineUrl", "");
        fields.put("capacity", "30");
        fields.put("regionKeys", "99447");

        var drafted = office.post("/console/veranstaltungen/neu", fields);
        assertThat(drafted.status()).isEqualTo(302);
        var matcher = EVENT.matcher(drafted.location());
        assertThat(matcher.find()).isTrue();
        var path = "/console/veranstaltungen/" + matcher.group(1);
        assertThat(office.get(path).body()).contains("Netzwerktreffen Auenbrück", "Entwurf", "0 von 30 Plätzen",
                "<strong>Koordinierungen</strong>");

        assertThat(office.post(path + "/veroeffentlichung", Map.of("version", "0")).status()).isEqualTo(302);
        assertThat(office.get(path).body()).contains("Die Veranstaltung ist veröffentlicht.");
        var earlier = office.post(path + "/termin", Map.of("version", "1", "start", start.toString(),
                "end", start.minusHours(1).toString()));
        assertThat(earlier.status()).isEqualTo(200);
        assertThat(earlier.body()).contains("role=\"alert\"", "Ende: Das Ende muss nach dem Beginn liegen.");
        assertThat(office.post(path + "/termin", Map.of("version", "1", "start", start.plusDays(1).toString(),
                "end", start.plusDays(1).plusHours(2).toString())).status()).isEqualTo(302);
        assertThat(office.get(path).body()).contains("Der neue Termin ist gespeichert.");

        var noReason = office.post(path + "/absage", Map.of("version", "2", "reason", ""));
        assertThat(noReason.body()).contains("Grund der Absage: Bitte geben Sie einen Grund an");
        assertThat(office.post(path + "/absage", Map.of("version", "2", "reason", "Raum nicht verfügbar")).status())
                .isEqualTo(302);
        assertThat(office.get("/console/veranstaltungen").body()).contains("Netzwerktreffen Auenbrück", "Abgesagt",
                "Warteliste");
    }

    @Test
    void an_event_without_place_or_link_is_refused_with_the_field_named() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/veranstaltungen/neu");
        var refused = office.post("/console/veranstaltungen/neu", Map.of("title", "Ortlos", "description", "Text",
                "start", "2030-01-01T10:00", "end", "2030-01-01T12:00", "location", "", "onlineUrl", "",
                "capacity", "viele", "regionKeys", ""));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("href=\"#location\"", "href=\"#capacity\"",
                "Bitte geben Sie einen Ort oder einen Link zur Online-Teilnahme an.");
    }

    @Test
    void the_pages_speak_english_on_request() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);

        assertThat(office.get("/console/buero?lang=en").body()).contains("lang=\"en\"", "Regions at a glance");
        assertThat(office.get("/console/nachrichten").body()).contains("Write a news item");
        assertThat(office.get("/console/veranstaltungen").body()).contains("Plan an event");
        office.get("/console/nachrichten/neu");
        assertThat(office.post("/console/nachrichten/neu", news("", "Text")).body())
                .contains("Title: Please enter a title.");
    }

    private static Map<String, String> news(String title, String body) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("teaser", "Kurz gesagt.");
        fields.put("body", body);
        fields.put("tags", "Fachkräfte, Jugend");
        fields.put("regionKeys", "99446");
        fields.put("fundingAreas", "k");
        return fields;
    }

    private static Map<String, String> withVersion(Map<String, String> fields, String version) {
        var versioned = new LinkedHashMap<>(fields);
        versioned.put("version", version);
        return versioned;
    }
}
