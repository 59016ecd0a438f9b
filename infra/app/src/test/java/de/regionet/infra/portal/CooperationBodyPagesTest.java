package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A region's public page lists its bodies: the working group with its kind (an advisory Facharbeitskreis here) and
 * the local cooperation bodies still working, with kind, site and partners; a dissolved one no more. German and
 * English, and no critical or serious accessibility violation. Region key 99624.
 */
@RegioNetTest
class CooperationBodyPagesTest {

    private static final String REGION = "99624";

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    private static boolean prepared;

    @LocalServerPort
    int port;

    @BeforeEach
    void aRegionWithAnAdvisoryGroupAndTwoBodies() {
        if (prepared) {
            return;
        }
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Kooperationskreis","kind":"DISTRICT"}""".formatted(REGION)).status())
                .isEqualTo(201);
        assertThat(office.post("/api/working-groups", """
                {"regionKey":"%s","name":"Facharbeitskreis Kooperationskreis","establishedOn":"2021-01-01",
                 "kind":"ADVISORY"}""".formatted(REGION)).status()).isEqualTo(201);
        assertThat(office.post("/api/cooperation-bodies", """
                {"regionKey":"%s","kind":"JUGENDBERUFSAGENTUR","name":"Jugendberufsagentur Kooperationskreis",
                 "site":"Kreishaus, Bahnhofstraße 1","foundedOn":"2018-02-01",
                 "partners":[{"organisation":"Jobcenter Kooperationskreis","role":"Jobcenter"},
                             {"organisation":"Jugendamt Kooperationskreis","role":"Kreisverwaltung"}]}"""
                .formatted(REGION)).status()).isEqualTo(201);
        var dissolved = office.post("/api/cooperation-bodies", """
                {"regionKey":"%s","kind":"OTHER","kindName":"Gemeinsame Ausbildungsplanung",
                 "name":"Ausbildungsrunde Kooperationskreis","site":"Rathaus","foundedOn":"2017-01-01",
                 "partners":[{"organisation":"IHK Kooperationskreis","role":"Kammer"}]}""".formatted(REGION));
        assertThat(office.post(dissolved.header("Location") + "/dissolution", "{\"dissolvedOn\":\"2020-12-31\"}")
                .status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/netzwerk/" + REGION).body())
                .contains("Jugendberufsagentur Kooperationskreis").contains("Facharbeitskreis Kooperationskreis"));
        await().atMost(Duration.ofSeconds(10)).until(() -> new ApiClient(port)
                .get("/api/regions/" + REGION + "/cooperation-bodies").json().findValuesAsString("dissolvedOn")
                .contains("2020-12-31"));
        prepared = true;
    }

    private ApiClient.Response page(String path) {
        return new ApiClient(port).get(path, "Accept", "text/html");
    }

    @Test
    void the_region_page_shows_the_advisory_group_and_the_working_cooperation_bodies_with_site_and_partners() {
        var german = page("/netzwerk/" + REGION).body();

        assertThat(german).contains("<h2 id=\"cooperation-heading\">Lokale Kooperationsgremien</h2>")
                .contains("Beratender Arbeitskreis (Facharbeitskreis)")
                .contains("<dd>Jugendberufsagentur</dd>").contains("<dd>Kreishaus, Bahnhofstraße 1</dd>")
                .contains("<dd>01.02.2018</dd>")
                .contains("<td>Jugendamt Kooperationskreis</td>").contains("<td>Kreisverwaltung</td>")
                .doesNotContain("Ausbildungsrunde Kooperationskreis");
        assertThat(page("/netzwerk/" + REGION + "?lang=en").body())
                .contains("Local cooperation bodies").contains("Advisory working group (Facharbeitskreis)")
                .contains("Youth employment agency (Jugendberufsagentur)")
                .contains("Partner organisations of Jugendberufsagentur Kooperationskreis");
    }

    @Test
    void the_region_page_with_its_bodies_has_no_critical_or_serious_accessibility_violation() {
        browser.open("/netzwerk/" + REGION);

        assertThat(browser.title()).isNotBlank();
        browser.assertAccessible();
        browser.open("/netzwerk/" + REGION + "?lang=en");
        browser.assertAccessible();
    }
}
