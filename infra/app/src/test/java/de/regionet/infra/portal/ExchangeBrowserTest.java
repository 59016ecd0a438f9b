package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exchange between networks in a browser, without signing in: no critical or serious accessibility violation
 * on the list and on an example's page, German by default and English on request, and the network facet chosen with
 * the keyboard alone. What a network shares with signed-in readers only is not on the page.
 */
@RegioNetTest
class ExchangeBrowserTest {

    private static final int MOST_TAB_STOPS_BEFORE_THE_FACET = 60;

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    private static String practice;

    @LocalServerPort
    int port;

    @BeforeEach
    void shareOnce() {
        if (practice != null) {
            return;
        }
        var hessen = new ApiClient(port).as(TestUsers.OFFICE_HESSEN);
        var described = hessen.post("/api/practices", """
                {"title":"Gemeinsames Arbeitsmarktbüro Groß-Gerau",
                 "summary":"Agentur für Arbeit, Jobcenter und Kreis beraten Geflüchtete **unter einem Dach**.\\n\\n- ein Ort\\n- eine Akte",
                 "regionKey":"06433","topics":["Geflüchtete","Kooperation"],
                 "contactOrganisation":"Kreis Groß-Gerau","audience":"PUBLIC"}""");
        assertThat(described.status()).as(described.body()).isEqualTo(201);
        practice = described.json().get("id").asString();
        assertThat(hessen.post("/api/practices", """
                {"title":"Nur für Signierte Browserpraxis","summary":"x","audience":"NATION_WIDE"}""").status())
                .isEqualTo(201);
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var project = office.post("/api/projects", """
                {"regionKey":"15084","programmeId":"%s","fundingArea":"A","sponsor":"Bildungswerk Burgenland",
                 "title":"Berufsorientierung im Burgenlandkreis","summary":"Praxistage","grantEuro":50000,
                 "durationMonths":24,"selectedBy":"RAK Burgenlandkreis","selectedOn":"2023-01-10"}"""
                .formatted(new Funding(office).programme()));
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        assertThat(office.post(project.header("Location") + "/results", """
                {"periodFrom":"2024-01-01","periodTo":"2024-12-31","indicators":{"PARTICIPANTS":80},
                 "narrative":"Achtzig Jugendliche erprobten Berufe in Betrieben.","audience":"PUBLIC"}""")
                .status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(new ApiClient(port).get("/austausch",
                "Accept", "text/html").body()).contains("Gemeinsames Arbeitsmarktbüro Groß-Gerau")
                .contains("Berufsorientierung im Burgenlandkreis"));
    }

    @Test
    void the_exchange_and_a_practices_page_have_no_critical_or_serious_accessibility_violation() {
        browser.open("/austausch");
        assertThat(browser.title()).isEqualTo("Austausch zwischen den Netzwerken – RegioNet");
        assertThat(browser.driver().getPageSource()).doesNotContain("Nur für Signierte Browserpraxis");
        browser.assertAccessible();
        browser.readmeScreenshot("portal-exchange");

        browser.open("/austausch/praxis/" + practice);
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Arbeitsmarktkooperation Hessen").contains("Kreis Groß-Gerau").contains("unter einem Dach");
        browser.assertAccessible();
    }

    @Test
    void the_exchange_is_english_on_request() {
        browser.open("/austausch?lang=en");
        assertThat(browser.title()).isEqualTo("Exchange between the networks – RegioNet");
        assertThat(browser.driver().findElement(By.id("exchange-list")).getText()).contains("Good practice");
        browser.assertAccessible();
        browser.open("/austausch?lang=de");
        assertThat(browser.title()).isEqualTo("Austausch zwischen den Netzwerken – RegioNet");
    }

    @Test
    void the_network_facet_is_chosen_with_the_keyboard_alone() {
        browser.open("/austausch");
        for (var stops = 0; stops < MOST_TAB_STOPS_BEFORE_THE_FACET && !browser.keyboard().focused().getText()
                .startsWith("Arbeitsmarktkooperation Hessen"); stops++) {
            browser.keyboard().tab();
        }
        assertThat(browser.keyboard().focused().getText()).as("Tab reaches the network facet")
                .startsWith("Arbeitsmarktkooperation Hessen");
        browser.keyboard().press(Keys.ENTER);

        browser.waitUntil(driver -> driver.getCurrentUrl().contains("network=hessen"));
        var list = browser.driver().findElement(By.id("exchange-list")).getText();
        assertThat(list).contains("Gemeinsames Arbeitsmarktbüro Groß-Gerau")
                .doesNotContain("Berufsorientierung im Burgenlandkreis");
    }
}
