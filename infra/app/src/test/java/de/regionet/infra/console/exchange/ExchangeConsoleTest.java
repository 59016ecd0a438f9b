package de.regionet.infra.console.exchange;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's two forms of the exchange between networks: a coordinator describes an example of good practice of
 * its region (and is refused one of the whole network), the network office shares a result wider from the project's
 * page, which a sponsor's view of it does not offer.
 */
@RegioNetTest
class ExchangeConsoleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    private static PageClient.Page followed(PageClient client, PageClient.Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        return client.get(URI.create(answer.location()).getPath());
    }

    @Test
    void a_coordinator_describes_an_example_of_its_region_but_not_one_of_the_whole_network() {
        var client = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);
        assertThat(client.get("/console/austausch").body()).contains("Gute Praxis teilen");

        var described = followed(client, client.post("/console/austausch/praxis", Map.of(
                "title", "Ausbildungslotsen im Harz", "summary", "Lotsen begleiten **Betriebe**.",
                "regionKey", "99439", "topics", "Ausbildung, Betriebe", "contactOrganisation", "Landkreis Harz",
                "audience", "NATION_WIDE")));
        assertThat(described.body()).contains("mit allen Netzwerken geteilt");
        await().atMost(PATIENCE).until(() -> client.get("/console/austausch").body()
                .contains("Ausbildungslotsen im Harz"));

        var refused = client.post("/console/austausch/praxis", Map.of("title", "Netzwerkweit",
                "summary", "Für alle", "audience", "PUBLIC"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("form-errors").contains("may not act for good practice of network sachsen-anhalt");
    }

    @Test
    void the_network_office_shares_a_result_wider_from_the_projects_page() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var project = office.post("/api/projects", """
                {"regionKey":"15085","programmeId":"%s","fundingArea":"A","sponsor":"Bildungswerk Salzland",
                 "title":"Konsolenprojekt Harzvorland","summary":"Praxistage","grantEuro":50000,"durationMonths":24,
                 "selectedBy":"RAK Harz","selectedOn":"2023-01-10"}""".formatted(new Funding(office).programme()));
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        var path = project.header("Location");
        var result = office.post(path + "/results", """
                {"periodFrom":"2024-01-01","periodTo":"2024-12-31","indicators":{"PARTICIPANTS":9},
                 "narrative":"Konsolenteilung erprobt.","audience":"NETWORK"}""").json().get("id").asString();
        var page = "/console/projekte/" + path.substring(path.lastIndexOf('/') + 1);
        var client = new PageClient(port).signIn(TestUsers.OFFICE);
        await().atMost(PATIENCE).until(() -> client.get(page).body().contains("Konsolenteilung erprobt."));
        assertThat(client.get(page).body()).contains("Weiter teilen");

        var shared = followed(client, client.post(page + "/ergebnisse/" + result + "/teilen",
                Map.of("audience", "PUBLIC")));
        assertThat(shared.body()).contains("Das Ergebnis ist jetzt öffentlich geteilt");
        await().atMost(PATIENCE).until(() -> new ApiClient(port).get("/api/exchange?q=konsolenteilung").json()
                .get("total").asInt() == 1);

        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);
        assertThat(sponsor.get(page).body()).contains("Konsolenteilung erprobt.").doesNotContain("Weiter teilen");
    }
}
