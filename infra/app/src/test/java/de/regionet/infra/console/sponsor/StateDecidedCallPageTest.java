package de.regionet.infra.console.sponsor;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coordination's call page for a call the state decides (issue 22): it names the procedure, shows the region's
 * advice and the state's decision with its funds side by side, in German and English, and offers no selection form;
 * the project it launched names its funds.
 * Region 99643.
 */
@RegioNetTest
class StateDecidedCallPageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Test
    void the_page_shows_the_regions_advice_next_to_the_states_decision_and_its_funds() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var ruhr = new ApiClient(port).as(TestUsers.COORDINATOR_RUHR);
        var state = new ApiClient(port).as(TestUsers.GRANTING_AUTHORITY);
        assertThat(office.post("/api/regions", """
                {"key":"99643","name":"Kreis Beratung","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var opened = ruhr.post("/api/calls", """
                {"regionKey":"99643","procedure":"REGIONAL_ADVICE_STATE_DECISION","programmeId":"%s",
                 "fundingArea":"A","title":"Fachkräfte im Kreis","budgetEuro":100000,"openedOn":"2025-01-02",
                 "deadline":"2025-06-01T10:00:00Z"}""".formatted(new Funding(office).programme()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var call = opened.header("Location");
        var proposed = ruhr.post(call + "/proposals", """
                {"sponsor":"Werkstatt Kreis","title":"Coaching im Betrieb","summary":"Kurz","requestedEuro":50000,
                 "durationMonths":12,"submittedAt":"2025-03-03T10:00:00Z"}""");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        var proposal = proposed.json().get("id").asString();
        assertThat(ruhr.post(call + "/advice", """
                {"advice":[{"proposalId":"%s","recommended":true,"rank":1,"reason":"Deckt den Bedarf"}]}"""
                .formatted(proposal)).status()).isEqualTo(200);
        var decision = state.post(call + "/funding-decisions", """
                {"granted":[{"proposalId":"%s","funds":[{"fund":"ESF_PLUS","amountEuro":30000},
                                                        {"fund":"LAND","amountEuro":10000}]}]}"""
                .formatted(proposal));
        assertThat(decision.status()).as(decision.body()).isEqualTo(200);
        var project = decision.json().get("projects").get(0).get("projectId").asString();

        var coordinator = new PageClient(port).signIn(TestUsers.COORDINATOR_RUHR);
        var page = "/console/regionen/99643/aufrufe/" + call.substring(call.lastIndexOf('/') + 1);
        await().atMost(PATIENCE).until(() -> coordinator.get(page).body().contains("bewilligt"));
        assertThat(coordinator.get(page).body())
                .contains("Regionale Beratung, Entscheidung des Landes", "Empfohlen (Rang 1): Deckt den Bedarf",
                        "ESF Plus: 30.000,00 €", "Landesmittel: 10.000,00 €")
                .doesNotContain("name=\"resolutionId\"");
        var projectPage = "/console/projekte/" + project;
        await().atMost(PATIENCE).until(() -> coordinator.get(projectPage).status() == 200);
        assertThat(coordinator.get(projectPage).body()).contains("Finanziert aus", "ESF Plus: 30.000,00 €",
                "Landesmittel: 10.000,00 €", "40.000,00");
        assertThat(coordinator.get(page + "?lang=en").body())
                .contains("Regional advice, decision by the state", "Recommended (rank 1)", "granted");
    }
}
