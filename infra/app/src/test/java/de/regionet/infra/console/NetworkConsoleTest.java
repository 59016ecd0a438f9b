package de.regionet.infra.console;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's networks (issue 22) over HTTP: the start page names each network the user holds roles in with those
 * roles; an office of two networks sees one network's regions at a time on its overview and controlling, switches
 * with {@code ?network=}, and is refused a network it is no office of, as the API refuses it. Regions 99871 and
 * 05766.
 */
@RegioNetTest
class NetworkConsoleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Test
    void an_office_of_two_networks_sees_one_networks_regions_at_a_time_and_switches() {
        register(TestUsers.OFFICE, "99871", "Kreis Mittelland");
        register(TestUsers.OFFICE_NRW, "05766", "Kreis Lippe");
        var office = new PageClient(port).signIn(TestUsers.OFFICE_TWO_NETWORKS);
        await().atMost(PATIENCE).until(() -> office.get("/console/buero").body().contains("Kreis Mittelland")
                && office.get("/console/buero?network=nordrhein-westfalen").body().contains("Kreis Lippe"));

        assertThat(office.get("/console/buero").body()).contains("Angezeigt wird das Netzwerk REGIO AKTIV",
                "<select id=\"network\" name=\"network\"").doesNotContain("Kreis Lippe");
        assertThat(office.get("/console/buero?network=nordrhein-westfalen").body())
                .contains("Angezeigt wird das Netzwerk Regionalagenturen Nordrhein-Westfalen")
                .doesNotContain("Kreis Mittelland");
        assertThat(office.get("/console/controlling?network=nordrhein-westfalen").status()).isEqualTo(200);
        assertThat(office.get("/console/buero?network=hessen").status()).isEqualTo(403);
        assertThat(office.get("/console/buero?network=Not+a+network").status()).isEqualTo(400);

        var home = office.get("/console").body();
        assertThat(home).contains("Ihre Netzwerke und Ihre Rollen darin", "REGIO AKTIV Sachsen-Anhalt",
                "Regionalagenturen Nordrhein-Westfalen", "Netzwerkstelle");
        assertThat(office.get("/console?lang=en").body()).contains("Your networks and your roles in them");
    }

    @Test
    void an_office_of_one_network_gets_no_switch_and_no_other_network() {
        var nrw = new PageClient(port).signIn(TestUsers.OFFICE_NRW);
        var page = nrw.get("/console/buero");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Regionalagenturen Nordrhein-Westfalen")
                .doesNotContain("<select id=\"network\"");
        assertThat(nrw.get("/console/buero?network=sachsen-anhalt").status()).isEqualTo(403);
        assertThat(nrw.get("/console/buero?network=hessen").status()).as("an auditor there, no office")
                .isEqualTo(403);
        assertThat(nrw.get("/console/controlling").body()).contains("<select id=\"network\"");
        assertThat(nrw.get("/console").body()).contains("Arbeitsmarktkooperation Hessen", "Prüfung");
    }

    private void register(String user, String key, String name) {
        var registered = new ApiClient(port).as(user).post("/api/regions", """
                {"key":"%s","name":"%s","kind":"DISTRICT"}""".formatted(key, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }
}
