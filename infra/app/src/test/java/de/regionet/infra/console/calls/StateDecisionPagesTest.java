package de.regionet.infra.console.calls;

import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's pages of a call the state decides (issue 22) over HTTP: the coordination records the region's advice
 * on its form, refused beside the field where a rank is missing; the granting authority finds the call, sees the
 * advice beside its own decision, is refused on the form where its amounts exceed what was requested, and decides:
 * a grant from two funds and a refusal, the project shown with its funds. Both pages answer whom the API would
 * refuse with the 403 page, and in English on request. Regions 99645 and 99642.
 */
@RegioNetTest
class StateDecisionPagesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Test
    void the_coordination_advises_and_the_granting_authority_decides_with_funds_per_proposal() {
        var call = StateDecision.in(port, "99645", "Kreis Votum");
        var coordinator = new PageClient(port).signIn(TestUsers.COORDINATOR_RUHR);
        await().atMost(PATIENCE).until(() -> coordinator.get(call.regionPage()).body()
                .contains("Sprachkurse im Quartier"));
        assertThat(coordinator.get(call.regionPage()).body())
                .contains("Votum der Region", "name=\"advice." + call.first() + "\"")
                .doesNotContain("name=\"resolutionId\"");

        var withoutRank = coordinator.post(call.regionPage() + "/votum", Map.of(
                "advice." + call.first(), "RECOMMENDED", "adviceReason." + call.first(), "Deckt den Bedarf"));
        assertThat(withoutRank.status()).isEqualTo(200);
        assertThat(withoutRank.body()).contains("role=\"alert\"", "href=\"#rank." + call.first() + "\"",
                "id=\"rank." + call.first() + "-error\"");

        var advised = coordinator.post(call.regionPage() + "/votum", Map.of(
                "advice." + call.first(), "RECOMMENDED", "rank." + call.first(), "1",
                "adviceReason." + call.first(), "Deckt den Bedarf",
                "advice." + call.second(), "NOT_RECOMMENDED", "adviceReason." + call.second(), "Angebot besteht"));
        assertThat(advised.status()).as(advised.body()).isEqualTo(302);
        await().atMost(PATIENCE).until(() -> coordinator.get(call.regionPage()).body()
                .contains("Nicht empfohlen: Angebot besteht"));
        assertThat(coordinator.get(call.regionPage()).body()).contains("Empfohlen (Rang 1): Deckt den Bedarf")
                .doesNotContain("name=\"advice." + call.first() + "\"");

        var state = new PageClient(port).signIn(TestUsers.GRANTING_AUTHORITY);
        assertThat(state.get("/console/bewilligung").body()).contains("Förderentscheidungen des Landes",
                call.grantingPage(), "2 beraten, 0 entschieden");
        var page = state.get(call.grantingPage()).body();
        assertThat(page).contains("Empfohlen (Rang 1): Deckt den Bedarf", "Nicht empfohlen: Angebot besteht",
                "name=\"fund_ESF_PLUS." + call.first() + "\"", "name=\"refusal." + call.second() + "\"");

        var tooMuch = state.post(call.grantingPage(), Map.of("decision." + call.first(), "GRANT",
                "fund_ESF_PLUS." + call.first(), "45.000", "fund_LAND." + call.first(), "10.000"));
        assertThat(tooMuch.status()).isEqualTo(200);
        assertThat(tooMuch.body()).contains("role=\"alert\"", "href=\"#fund_ESF." + call.first() + "\"",
                "übersteigen die beantragte Summe");

        var decided = state.post(call.grantingPage(), Map.of("decision." + call.first(), "GRANT",
                "fund_ESF_PLUS." + call.first(), "30.000", "fund_LAND." + call.first(), "10.000,00",
                "decision." + call.second(), "REFUSE", "refusal." + call.second(), "Kein Mehrwert"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(302);
        await().atMost(PATIENCE).until(() -> state.get(call.grantingPage()).body().contains("Gestartete Projekte"));
        assertThat(state.get(call.grantingPage()).body()).contains("bewilligt", "abgelehnt", "Kein Mehrwert",
                "ESF Plus: 30.000,00 €", "Landesmittel: 10.000,00 €", "Coaching im Betrieb (Werkstatt Ruhr",
                "über alle Anträge entschieden").doesNotContain("name=\"decision.");
        assertThat(state.get(call.grantingPage() + "?lang=en").body()).contains("Recommended (rank 1)",
                "State funds: €10,000.00", "granted");
    }

    @Test
    void the_pages_open_for_whom_the_api_lets_act_and_refuse_everyone_else() {
        var call = StateDecision.in(port, "99642", "Kreis Zugriff");
        var state = new PageClient(port).signIn(TestUsers.GRANTING_AUTHORITY);
        var coordinator = new PageClient(port).signIn(TestUsers.COORDINATOR_RUHR);
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        var other = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);
        await().atMost(PATIENCE).until(() -> state.get(call.grantingPage()).status() == 200);

        assertThat(state.get(call.regionPage()).status()).as("no region's pages").isEqualTo(403);
        assertThat(coordinator.get("/console/bewilligung").status()).isEqualTo(403);
        assertThat(coordinator.get(call.grantingPage()).status()).isEqualTo(403);
        assertThat(office.get("/console/bewilligung").status()).isEqualTo(403);
        assertThat(other.get(call.regionPage()).status()).isEqualTo(403);
        assertThat(auditor.get(call.regionPage()).body()).as("an auditor reads, and advises on nothing")
                .contains("Sprachkurse im Quartier").doesNotContain("name=\"advice.");
        other.get("/console");
        coordinator.get("/console");
        assertThat(other.post(call.regionPage() + "/votum", Map.of("advice." + call.first(), "NOT_RECOMMENDED",
                "adviceReason." + call.first(), "fremd")).status()).isEqualTo(403);
        assertThat(coordinator.post(call.grantingPage(), Map.of("decision." + call.first(), "REFUSE",
                "refusal." + call.first(), "nein")).status()).isEqualTo(403);
        assertThat(state.get(call.grantingPage()).body()).as("no decision before the region advised")
                .contains("Die Region hat noch nicht beraten").doesNotContain("name=\"decision.");
        assertThat(state.post(call.grantingPage(), Map.of("decision." + call.first(), "REFUSE",
                "refusal." + call.first(), "zu früh")).body()).contains("role=\"alert\"",
                "Bitte entscheiden Sie über mindestens einen Antrag.");

        assertThat(state.get("/console/bewilligung/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(state.get("/console/bewilligung?network=nordrhein-westfalen").status()).isEqualTo(403);
        assertThat(state.get("/console").body()).contains("Bewilligungsbehörde", "REGIO AKTIV Sachsen-Anhalt",
                "href=\"/console/bewilligung\"");
        assertThat(coordinator.get("/console").body()).doesNotContain("href=\"/console/bewilligung\"");
    }
}
