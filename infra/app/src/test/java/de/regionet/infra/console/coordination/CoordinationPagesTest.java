package de.regionet.infra.console.coordination;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The regional coordination's console pages over HTTP, as a browser uses them: the working group, recording a
 * meeting with quorum and outcome judged before saving, the decision log; region scopes (another region's
 * coordinator and a sponsor get the 403 page), CSRF, and English.
 */
@RegioNetTest
class CoordinationPagesTest {

    private static final String REGION = "99431";
    private static Rak rak;

    @LocalServerPort
    int port;

    @BeforeEach
    void constituteTheWorkingGroupOnce() {
        synchronized (CoordinationPagesTest.class) {
            if (rak == null) {
                var api = new ApiClient(port);
                assertThat(api.as(TestUsers.OFFICE).post("/api/regions", """
                        {"key":"%s","name":"Landkreis Harz","kind":"DISTRICT"}""".formatted(REGION)).status())
                        .isEqualTo(201);
                rak = Rak.constitute(api.as(TestUsers.COORDINATOR_HARZ), REGION, "Landkreis Harz");
                var coordination = api.as(TestUsers.COORDINATOR_HARZ).put("/api/working-groups/" + rak.id()
                        + "/coordination", """
                        {"organisation":"REKO Harz","from":"2022-07-01","to":"2028-06-30"}""");
                assertThat(coordination.status()).as(coordination.body()).isEqualTo(204);
            }
        }
    }

    private PageClient coordinator() {
        var client = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);
        await().untilAsserted(() -> assertThat(client.get("/console/regionen/" + REGION).body())
                .contains("REKO Harz", "Gleichstellung"));
        return client;
    }

    @Test
    void the_working_group_page_shows_members_with_category_and_voting_right_the_coordination_and_the_rules() {
        var page = coordinator().get("/console/regionen/" + REGION);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>RAK Landkreis Harz</h1>", "Jobcenter", "Wohlfahrtsverband",
                "01.07.2022", "stimmberechtigt", "ohne Stimmrecht", "REKO Harz", "01.07.2022 bis 30.06.2028",
                "einfache Mehrheit", "/console/regionen/99431/sitzungen/neu", "/console/regionen/99431/beschluesse");
    }

    @Test
    void a_member_admitted_on_the_form_is_listed_and_a_withdrawal_on_the_form_takes_it_off_the_list() {
        var client = coordinator();
        var admitted = client.post("/console/regionen/" + REGION + "/mitglieder",
                Map.of("organisation", "Kreishandwerkerschaft Harz", "category", "SOCIAL_PARTNER",
                        "admittedOn", "2023-01-02"));

        assertThat(admitted.status()).isEqualTo(302);
        assertThat(admitted.location()).endsWith("/console/regionen/" + REGION);
        assertThat(client.get("/console/regionen/" + REGION).body())
                .contains("Kreishandwerkerschaft Harz", "Das Mitglied ist aufgenommen.");

        String member = null;
        for (var seat : new ApiClient(port).as(TestUsers.OFFICE).get("/api/working-groups/" + rak.id()).json()
                .get("members")) {
            if (seat.get("organisation").asString().equals("Kreishandwerkerschaft Harz")) {
                member = seat.get("id").asString();
            }
        }
        var withdrawn = client.post("/console/regionen/" + REGION + "/austritte",
                Map.of("memberId", String.valueOf(member), "withdrawnOn", "2024-03-31"));
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(client.get("/console/regionen/" + REGION).body())
                .contains("Der Austritt ist eingetragen.").doesNotContain("Kreishandwerkerschaft Harz");
    }

    @Test
    void a_refused_admission_comes_back_as_an_alert_naming_the_field() {
        var client = coordinator();
        var refused = client.post("/console/regionen/" + REGION + "/mitglieder",
                Map.of("organisation", " ", "category", "BUSINESS", "admittedOn", "2023-01-02"));
        var page = client.get(URI.create(refused.location()).getPath());

        assertThat(page.body()).contains("role=\"alert\"", "Das wurde nicht gespeichert", "Organisation");
    }

    @Test
    void the_preview_judges_quorum_counts_and_outcome_without_storing_anything() {
        var client = coordinator();
        client.get("/console/regionen/" + REGION + "/sitzungen/neu");
        var before = decisionCount();

        var inquorate = client.post("/console/regionen/" + REGION + "/sitzungen/vorschau?nr=0",
                meeting(List.of("Landkreis Harz", "Agentur"), Map.of("Landkreis Harz", "YES", "Agentur", "YES"),
                        Map.of()));
        assertThat(inquorate.status()).isEqualTo(200);
        assertThat(inquorate.body()).contains("nicht beschlussfähig", "2 von 5 stimmberechtigten Mitgliedern",
                "nötig sind 3", "data-outcome=\"INQUORATE\"").doesNotContain("<html");

        var quorate = client.post("/console/regionen/" + REGION + "/sitzungen/vorschau?nr=0",
                meeting(List.of("Landkreis Harz", "Agentur", "Jobcenter"),
                        Map.of("Landkreis Harz", "YES", "Agentur", "YES", "Jobcenter", "NO"), Map.of()));
        assertThat(quorate.body()).contains(">beschlussfähig<", "Ja: 2, Nein: 1", "Ergebnis: angenommen");
        assertThat(decisionCount()).isEqualTo(before);
    }

    @Test
    void saving_an_inquorate_meeting_is_refused_on_the_form_and_records_nothing() {
        var client = coordinator();
        client.get("/console/regionen/" + REGION + "/sitzungen/neu");
        var before = decisionCount();

        var refused = client.post("/console/regionen/" + REGION + "/sitzungen",
                meeting(List.of("Landkreis Harz"), Map.of("Landkreis Harz", "YES"), Map.of()));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"", "Beschluss 1", "nicht beschlussfähig",
                "value=\"TOP 3\"");
        assertThat(decisionCount()).isEqualTo(before);
    }

    @Test
    void a_saved_meeting_shows_in_the_decision_log_with_presence_votes_and_recusal() {
        var client = coordinator();
        client.get("/console/regionen/" + REGION + "/sitzungen/neu");

        var saved = client.post("/console/regionen/" + REGION + "/sitzungen",
                meeting(List.of("Landkreis Harz", "Agentur", "Jobcenter", "Bildungswerk Salzland"),
                        Map.of("Landkreis Harz", "YES", "Agentur", "NO", "Jobcenter", "YES"),
                        Map.of("Bildungswerk Salzland", "Träger eines Projekts")));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/console/regionen/" + REGION + "/beschluesse");
        assertThat(client.get(URI.create(saved.location()).getPath()).body()).contains(
                "1 Beschlüsse wurden gespeichert.", "Der RAK beschließt den Arbeitsplan.", "angenommen",
                "Ja: 2, Nein: 1", "Bildungswerk Salzland: Träger eines Projekts", "Abstimmungsverhalten");
    }

    @Test
    void a_coordinator_of_another_region_gets_the_403_page_on_every_page_of_the_region() {
        var dessau = new PageClient(port).signIn(TestUsers.COORDINATOR_DESSAU);
        for (var path : List.of("", "/beschluesse", "/sitzungen/neu")) {
            var page = dessau.get("/console/regionen/" + REGION + path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.body()).as(path).contains("Kein Zugriff").doesNotContain("Jobcenter");
        }
        dessau.get("/console");
        assertThat(dessau.post("/console/regionen/" + REGION + "/sitzungen",
                meeting(List.of("Landkreis Harz"), Map.of(), Map.of())).status()).isEqualTo(403);
    }

    @Test
    void a_sponsor_sees_no_votes_the_region_page_is_403_and_the_api_withholds_them_too() {
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);

        var page = sponsor.get("/console/regionen/" + REGION + "/beschluesse");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Abstimmungsverhalten", "Jobcenter");
        var api = new ApiClient(port).as(TestUsers.SPONSOR).get("/api/working-groups/" + rak.id() + "/resolutions");
        assertThat(api.status()).isEqualTo(200);
        api.json().forEach(resolution -> assertThat(resolution.get("votes").isNull()).isTrue());
    }

    @Test
    void an_auditor_reads_the_decision_log_but_gets_no_meeting_form() {
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);

        assertThat(auditor.get("/console/regionen/" + REGION + "/beschluesse").status()).isEqualTo(200);
        var group = auditor.get("/console/regionen/" + REGION);
        assertThat(group.status()).isEqualTo(200);
        assertThat(group.body()).doesNotContain("Mitglied aufnehmen", "/sitzungen/neu");
        assertThat(auditor.get("/console/regionen/" + REGION + "/sitzungen/neu").status()).isEqualTo(403);
    }

    @Test
    void a_form_posted_without_the_csrf_token_is_refused() {
        var client = coordinator();
        client.get("/console/regionen/" + REGION + "/sitzungen/neu");
        var before = decisionCount();

        var refused = client.postWithoutToken("/console/regionen/" + REGION + "/sitzungen",
                meeting(List.of("Landkreis Harz", "Agentur", "Jobcenter"), Map.of(), Map.of()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(decisionCount()).isEqualTo(before);
    }

    @Test
    void the_pages_speak_english_on_request() {
        var client = coordinator();

        var group = client.get("/console/regionen/" + REGION + "?lang=en");
        assertThat(group.body()).contains("lang=\"en\"", "Members", "Rules of procedure", "simple majority",
                "Job centre").doesNotContain("Geschäftsordnung");
        var form = client.get("/console/regionen/" + REGION + "/sitzungen/neu");
        assertThat(form.body()).contains("Record a meeting", "Save resolutions", "Attendance and votes");
        assertThat(client.get("/console/regionen/" + REGION + "/beschluesse").body()).contains("Resolutions");
    }

    /** One resolution on the form: who was present, how they voted, who was recused and why, by organisation. */
    private static Map<String, String> meeting(List<String> present, Map<String, String> votes,
                                               Map<String, String> recusals) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("date", NetworkTime.today(Clock.systemUTC()).toString());
        fields.put("r0.agendaItem", "TOP 3");
        fields.put("r0.motion", "Der RAK beschließt den Arbeitsplan.");
        var ids = new StringBuilder();
        present.forEach(member -> ids.append(ids.isEmpty() ? "" : ",").append(rak.member(member)));
        votes.forEach((member, vote) -> fields.put("r0.vote." + rak.member(member), vote));
        recusals.forEach((member, reason) -> fields.put("r0.recusal." + rak.member(member), reason));
        fields.put("r0.present", ids.toString());
        return fields;
    }

    private int decisionCount() {
        return new ApiClient(port).as(TestUsers.OFFICE).get("/api/working-groups/" + rak.id() + "/resolutions")
                .json().size();
    }
}
