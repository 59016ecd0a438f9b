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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The regional coordination's call pages over HTTP (issue 19): the region's calls and the form that opens one; a
 * call's proposals and the selection by an adopted resolution about the call, refused on the form until every
 * proposal is decided; the 403 page for another region; CSRF; English. Regions 99442 (selection) and 99443 (opening).
 */
@RegioNetTest
class CallConsoleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static String programme;

    @LocalServerPort
    int port;

    @Test
    void the_coordination_selects_the_proposals_of_a_closed_call_by_the_working_groups_resolution() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        register(office, "99442", "Kreis Auswahl");
        var rak = Rak.constitute(office, "99442", "Kreis Auswahl");
        var funding = new Funding(office);
        var path = funding.call("99442", Funding.deadlineAfter(3));
        var call = Funding.idOf(path);
        var ours = funding.propose(path);
        var theirs = proposal(office, path, "Andere Träger gGmbH", "Fremder Vorschlag");
        funding.awaitClosed(path);
        var coordinator = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);
        var page = "/console/regionen/99442/aufrufe/" + call;

        var waiting = coordinator.get(page);
        assertThat(waiting.status()).isEqualTo(200);
        assertThat(waiting.body()).contains("Andere Träger gGmbH", "Fremder Vorschlag", "Bildungswerk Salzland",
                "angenommenen Beschluss").doesNotContain("name=\"resolutionId\"");

        var resolution = rak.resolveAboutCall(office, call);
        await().atMost(PATIENCE).until(() -> coordinator.get(page).body().contains("value=\"" + resolution + "\""));
        assertThat(coordinator.get(page).body()).as("the form names the resolution, never its votes")
                .doesNotContain("YES", "Träger eines Vorschlags");

        var undecided = coordinator.post(page + "/auswahl", Map.of("resolutionId", resolution,
                "decision." + ours, "SELECTED", "amount." + ours, "10.000"));
        assertThat(undecided.status()).isEqualTo(200);
        assertThat(undecided.body()).contains("role=\"alert\"", "href=\"#decision." + theirs + "\"",
                "Bitte entscheiden Sie über jeden Antrag.");

        var tooMuch = selection(resolution, ours, "99.999.999", theirs);
        var refused = coordinator.post(page + "/auswahl", tooMuch);
        assertThat(refused.status()).as("a domain refusal comes back on the form").isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"", "Abgelehnt:");

        var selected = coordinator.post(page + "/auswahl", selection(resolution, ours, "10.000", theirs));
        assertThat(selected.status()).as(selected.body()).isEqualTo(302);
        assertThat(selected.location()).endsWith(page);
        assertThat(coordinator.get(page).body()).contains("Die Auswahl ist gespeichert");
        await().atMost(PATIENCE).until(() -> coordinator.get(page).body().contains("Gestartete Projekte"));
        assertThat(coordinator.get(page).body()).contains("Budget ausgeschöpft", "nicht ausgewählt");
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);
        assertThat(sponsor.get("/console/antraege").body()).contains("ausgewählt", "/console/projekte/")
                .doesNotContain("Fremder Vorschlag");
    }

    @Test
    void a_coordinator_of_another_region_gets_the_403_page_on_the_regions_call_pages() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        region99443();
        var call = Funding.idOf(new Funding(office).call("99443", Instant.now().plus(30, ChronoUnit.DAYS)));
        var dessau = new PageClient(port).signIn(TestUsers.COORDINATOR_DESSAU);

        for (var page : new String[]{"/console/regionen/99443/aufrufe", "/console/regionen/99443/aufrufe/" + call}) {
            var refused = dessau.get(page);
            assertThat(refused.status()).as(page).isEqualTo(403);
            assertThat(refused.header("content-type")).startsWith("text/html");
            assertThat(refused.body()).contains("Kein Zugriff");
        }
        var harz = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);
        await().atMost(PATIENCE).until(() -> harz.get("/console/regionen/99443/aufrufe/" + call).status() == 200);
        assertThat(harz.get("/console/regionen/99443/aufrufe?lang=en").body()).contains("lang=\"en\"",
                "Calls of region 99443", "Open a call").doesNotContain("Aufruf eröffnen");
        assertThat(harz.get("/console/regionen/99443/aufrufe/" + call).body()).contains("Proposals and selection");
    }

    @Test
    void the_coordination_opens_a_call_on_the_form_and_a_refusal_names_the_field() {
        var programme = region99443();
        var coordinator = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);
        await().atMost(PATIENCE).until(() -> coordinator.get("/console/regionen/99443/aufrufe").body()
                .contains("value=\"" + programme + "\""));
        var deadline = NetworkTime.today(Clock.systemUTC()).plusDays(40).atTime(12, 0).toString();
        var form = new LinkedHashMap<>(Map.of("programmeId", programme, "fundingArea", "A",
                "title", "Brücken bauen", "budgetEuro", "300.000", "deadline", deadline,
                "criteria", "Regionaler Bedarf\nÜbertragbarkeit"));

        var noArea = new LinkedHashMap<>(form);
        noArea.put("fundingArea", "Z");
        var refused = coordinator.post("/console/regionen/99443/aufrufe", noArea);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"", "href=\"#fundingArea\"", "Brücken bauen");

        var opened = coordinator.post("/console/regionen/99443/aufrufe", form);
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        assertThat(opened.location()).contains("/console/regionen/99443/aufrufe/");
        await().atMost(PATIENCE).until(() -> coordinator.get(opened.location().replaceFirst("^https?://[^/]+", ""))
                .status() == 200);
        assertThat(coordinator.get("/console/regionen/99443/aufrufe").body()).contains("Brücken bauen",
                "offen für Anträge");
        assertThat(coordinator.postWithoutToken("/console/regionen/99443/aufrufe", form).status())
                .as("CSRF").isEqualTo(403);
    }

    /** Region 99443 with its working group, set up once for the class; answers a programme to open calls in. */
    private synchronized String region99443() {
        if (programme == null) {
            var office = new ApiClient(port).as(TestUsers.OFFICE);
            register(office, "99443", "Kreis Eröffnung");
            Rak.constitute(office, "99443", "Kreis Eröffnung");
            programme = new Funding(office).programme();
        }
        return programme;
    }

    private static Map<String, String> selection(String resolution, String ours, String amount, String theirs) {
        return Map.of("resolutionId", resolution, "decision." + ours, "SELECTED", "amount." + ours, amount,
                "decision." + theirs, "NOT_SELECTED", "reason." + theirs, "Budget ausgeschöpft");
    }

    private static String proposal(ApiClient office, String call, String sponsor, String title) {
        var proposed = office.post(call + "/proposals", """
                {"sponsor":"%s","title":"%s","summary":"Kurz","requestedEuro":10000,"durationMonths":12}"""
                .formatted(sponsor, title));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }

    private static void register(ApiClient office, String key, String name) {
        var registered = office.post("/api/regions", """
                {"key":"%s","name":"%s","kind":"DISTRICT"}""".formatted(key, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }
}
