package de.regionet.infra.console.sponsor;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.PageClient;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The project sponsor's console pages over HTTP (issue 19): open calls, the proposal form, the sponsor's own
 * proposals (never another sponsor's), its projects and the form that records and shares a result; refusals on the
 * form, CSRF, the region scope and English. Region 99441 (an open call) and 99445 (a project).
 */
@RegioNetTest
class SponsorConsoleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static String openCall;
    private static String project;

    @LocalServerPort
    int port;

    @Test
    void a_sponsor_finds_an_open_call_and_proposes_on_its_form() {
        var call = openCall();
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);

        var calls = sponsor.get("/console/aufrufe");
        assertThat(calls.status()).isEqualTo(200);
        assertThat(calls.body()).contains("Offene Aufrufe", "Praxis statt Pause",
                "/console/aufrufe/" + call + "/antrag");
        var form = sponsor.get("/console/aufrufe/" + call + "/antrag");
        assertThat(form.body()).contains("Praxis statt Pause", "Bildungswerk Salzland", "name=\"_csrf\"");

        var sent = sponsor.post("/console/aufrufe/" + call + "/antrag", Map.of("title", "Werkstatttage",
                "summary", "Jugendliche erproben Berufe", "requestedEuro", "120.000,50", "durationMonths", "24",
                "indicator", "PARTICIPANTS", "indicatorValue", "40"));

        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/console/antraege");
        assertThat(sponsor.get("/console/antraege").body()).contains("Ihr Antrag ist eingereicht");
        await().atMost(PATIENCE).until(() -> sponsor.get("/console/antraege").body().contains("Werkstatttage"));
        assertThat(sponsor.get("/console/antraege").body()).contains("120.000,50", "eingereicht");
    }

    @Test
    void a_sponsor_sees_its_own_proposals_and_never_another_sponsors_or_any_vote() {
        var call = openCall();
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var other = office.post("/api/calls/" + call + "/proposals", """
                {"sponsor":"Andere Träger gGmbH","title":"Fremder Vorschlag","summary":"Nicht für Sie",
                 "requestedEuro":5000,"durationMonths":12}""");
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        var own = office.post("/api/calls/" + call + "/proposals", """
                {"sponsor":"Bildungswerk Salzland","title":"Eigener Vorschlag","summary":"Für Sie",
                 "requestedEuro":5000,"durationMonths":12}""");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);

        await().atMost(PATIENCE).until(() -> sponsor.get("/console/antraege").body().contains("Eigener Vorschlag"));
        var page = sponsor.get("/console/antraege").body();
        assertThat(page).doesNotContain("Fremder Vorschlag", "Andere Träger");
        assertThat(sponsor.get("/console/regionen/99441/aufrufe/" + call).status())
                .as("the call's page with every proposal and the resolutions is the coordination's").isEqualTo(403);
        assertThat(sponsor.get("/console/regionen/99441/aufrufe").status()).isEqualTo(403);
    }

    @Test
    void input_the_page_cannot_read_and_a_refusal_of_the_domain_come_back_on_the_form_naming_the_field() {
        var call = openCall();
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);
        sponsor.get("/console/aufrufe/" + call + "/antrag");

        var unreadable = sponsor.post("/console/aufrufe/" + call + "/antrag", Map.of("title", "Ohne Summe",
                "summary", "Kurz", "requestedEuro", "viel", "durationMonths", "12"));
        assertThat(unreadable.status()).isEqualTo(200);
        assertThat(unreadable.body()).contains("role=\"alert\"", "href=\"#requestedEuro\"",
                "Beantragte Summe in Euro", "aria-invalid=\"true\"", "Ohne Summe");

        var refused = sponsor.post("/console/aufrufe/" + call + "/antrag", Map.of("title", "Falscher Indikator",
                "summary", "Kurz", "requestedEuro", "1000", "durationMonths", "12", "indicator", "NO_SUCH_THING",
                "indicatorValue", "3"));
        assertThat(refused.status()).as("a domain refusal is no failure of ours").isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"", "Abgelehnt:", "NO_SUCH_THING");
    }

    @Test
    void a_sponsor_records_a_result_on_its_project_and_shares_it_publicly() {
        var project = project();
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);
        assertThat(sponsor.get("/console/projekte").body()).contains("/console/projekte/" + project);
        var page = sponsor.get("/console/projekte/" + project);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ergebnis erfassen und teilen", "Öffentlich");

        var today = today().toString();
        var recorded = sponsor.post("/console/projekte/" + project + "/ergebnisse", Map.of("periodFrom", today,
                "periodTo", today, "indicator", "PARTICIPANTS", "value", "12",
                "narrative", "Übergänge in Ausbildung gelingen mit Paten.", "audience", "PUBLIC"));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        assertThat(recorded.location()).endsWith("/console/projekte/" + project);
        assertThat(sponsor.get("/console/projekte/" + project).body())
                .contains("Das Ergebnis ist erfasst und öffentlich geteilt.");
        var anonymous = new ApiClient(port);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(anonymous.get("/api/results?region=99445&q=ubergange")
                .json().get("total").asInt()).isEqualTo(1));
        await().atMost(PATIENCE).until(() -> sponsor.get("/console/projekte/" + project).body()
                .contains("Übergänge in Ausbildung gelingen mit Paten."));
    }

    @Test
    void a_result_in_a_period_that_has_not_begun_is_refused_on_the_form() {
        var project = project();
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);
        sponsor.get("/console/projekte/" + project);
        var later = today().plusYears(1).toString();

        var refused = sponsor.post("/console/projekte/" + project + "/ergebnisse", Map.of("periodFrom", later,
                "periodTo", later, "indicator", "PARTICIPANTS", "value", "3", "narrative", "Zu früh",
                "audience", "NETWORK"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"", "Abgelehnt:", "Zu früh");
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_records_nothing() {
        var project = project();
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);
        sponsor.get("/console/projekte/" + project);

        var refused = sponsor.postWithoutToken("/console/projekte/" + project + "/ergebnisse", Map.of(
                "periodFrom", today().toString(), "periodTo", today().toString(),
                "indicator", "PARTICIPANTS", "value", "1", "narrative", "Ohne Token", "audience", "PUBLIC"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(sponsor.get("/console/projekte/" + project).body()).doesNotContain("Ohne Token");
    }

    @Test
    void a_project_opens_for_its_sponsor_and_its_region_but_is_the_403_page_for_another_region() {
        var project = project();
        assertThat(new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ).get("/console/projekte/" + project)
                .status()).isEqualTo(200);
        var other = new PageClient(port).signIn(TestUsers.COORDINATOR_DESSAU).get("/console/projekte/" + project);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("content-type")).startsWith("text/html");
        assertThat(other.body()).contains("Kein Zugriff");
    }

    @Test
    void the_pages_speak_english_when_asked() {
        openCall();
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);

        var calls = sponsor.get("/console/aufrufe?lang=en");

        assertThat(calls.body()).contains("lang=\"en\"", "Open calls", "Submit a proposal")
                .doesNotContain("Offene Aufrufe");
        assertThat(sponsor.get("/console/antraege").body()).contains("My proposals");
        assertThat(sponsor.get("/console/projekte").body()).contains("My projects");
    }

    /** A call of 99441 open for a month, opened once for the class. */
    private synchronized String openCall() {
        if (openCall == null) {
            var office = new ApiClient(port).as(TestUsers.OFFICE);
            register(office, "99441", "Kreis Sponsorenseite");
            Rak.constitute(office, "99441", "Kreis Sponsorenseite");
            var opened = office.post("/api/calls", """
                    {"regionKey":"99441","programmeId":"%s","fundingArea":"A","title":"Praxis statt Pause",
                     "budgetEuro":500000,"deadline":"%s","criteria":["Regionaler Bedarf"]}"""
                    .formatted(new Funding(office).programme(), Instant.now().plus(30, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.SECONDS)));
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            openCall = Funding.idOf(opened.header("Location"));
            await().atMost(PATIENCE).until(() -> office.get("/api/calls/" + openCall).status() == 200);
        }
        return openCall;
    }

    /** A project of Bildungswerk Salzland in 99445, selected by resolution, launched once for the class. */
    private synchronized String project() {
        if (project == null) {
            var office = new ApiClient(port).as(TestUsers.OFFICE);
            register(office, "99445", "Kreis Projektseite");
            var rak = Rak.constitute(office, "99445", "Kreis Projektseite");
            var path = new Funding(office).projects("99445", 1, call -> rak.resolveAboutCall(office, call)).get(0);
            project = Funding.idOf(path);
        }
        return project;
    }

    private static LocalDate today() {
        return NetworkTime.today(Clock.systemUTC());
    }

    private static void register(ApiClient office, String key, String name) {
        var registered = office.post("/api/regions", """
                {"key":"%s","name":"%s","kind":"DISTRICT"}""".formatted(key, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }
}
