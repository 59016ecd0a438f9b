package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
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
 * The results catalogue and the open calls in a browser, without signing in: no critical or serious accessibility
 * violation, a search done with the keyboard alone that finds an umlaut typed without it, and a result shared
 * through the API while the catalogue is open appearing without reload. Region keys 99414 and 99415.
 */
@RegioNetTest
class ResultsBrowserTest {

    private static final String REGION = "99414";
    private static final String CALL_REGION = "99415";
    private static final int MOST_TAB_STOPS_BEFORE_THE_SEARCH = 40;

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    private static String result;
    private static String call;

    @LocalServerPort
    int port;

    private SharedResults data() {
        return new SharedResults(new ApiClient(port).as(TestUsers.OFFICE));
    }

    @BeforeEach
    void shareAResultAndOpenACallOnce() {
        if (result != null) {
            return;
        }
        var data = data();
        data.region(REGION, "Browserkreis");
        data.region(CALL_REGION, "Browserkreis Ost");
        var project = data.project(REGION, "Übergang im Browserkreis", "Begleitung in Ausbildung", "Lernwerk");
        result = data.result(project, 2025, "{\"PARTICIPANTS\":1250}", "Viele fanden einen Platz.", "PUBLIC");
        call = data.openCall(CALL_REGION, "Browserkreis Ost", "Fachkräfte für Browserkreis Ost", "[\"Bedarf\"]");
        var anonymous = new ApiClient(port);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(anonymous.get(
                "/ergebnisse?region=" + REGION, "Accept", "text/html").body()).contains("Übergang im Browserkreis"));
    }

    @Test
    void the_catalogue_and_a_results_page_have_no_critical_or_serious_accessibility_violation() {
        browser.open("/ergebnisse?region=" + REGION);
        assertThat(browser.title()).isEqualTo("Ergebnisse der Projekte – RegioNet");
        browser.assertAccessible();
        browser.screenshot("portal-results");

        browser.open("/ergebnisse/" + result);
        browser.assertAccessible();
    }

    @Test
    void the_open_calls_and_a_calls_page_have_no_critical_or_serious_accessibility_violation() {
        browser.open("/aufrufe");
        assertThat(browser.driver().getPageSource()).contains("Fachkräfte für Browserkreis Ost");
        browser.assertAccessible();
        browser.screenshot("portal-calls");

        browser.open("/aufrufe/" + call);
        browser.assertAccessible();
        assertThat(browser.driver().findElement(By.linkText("Antrag stellen")).getDomAttribute("href"))
                .isEqualTo("/console/aufrufe/" + call + "/antrag");
    }

    @Test
    void a_search_by_keyboard_alone_finds_a_word_with_an_umlaut_typed_without_it() {
        browser.open("/ergebnisse");

        for (var stops = 0; stops < MOST_TAB_STOPS_BEFORE_THE_SEARCH
                && !"result-q".equals(browser.keyboard().focused().getDomAttribute("id")); stops++) {
            browser.keyboard().tab();
        }
        assertThat(browser.keyboard().focused().getDomAttribute("id")).as("Tab reaches the search field")
                .isEqualTo("result-q");
        browser.keyboard().press("ubergang browserkreis");
        browser.keyboard().press(Keys.ENTER);

        browser.waitUntil(driver -> driver.getCurrentUrl().contains("q=ubergang"));
        var list = browser.driver().findElement(By.id("result-list")).getText();
        assertThat(list).contains("Ein Ergebnis gefunden.").contains("Übergang im Browserkreis");
    }

    @Test
    void a_result_shared_while_the_catalogue_is_open_appears_without_reload() {
        browser.open("/ergebnisse?region=" + REGION);
        browser.waitUntil(driver -> "connected".equals(browser.script(
                "return document.documentElement.getAttribute('data-live')")));
        browser.script("window.regionetSamePage = true;");

        var data = data();
        var project = data.project(REGION, "Live geteilt im Browserkreis", "Gerade eben", "Lernwerk");
        data.result(project, 2026, "{\"PARTICIPANTS\":7}", "Soeben öffentlich geteilt.", "PUBLIC");

        browser.waitUntil(driver -> driver.findElement(By.id("result-list")).getText()
                .contains("Live geteilt im Browserkreis"));
        assertThat(browser.script("return window.regionetSamePage === true")).as("no reload").isEqualTo(true);
        assertThat(browser.driver().findElement(By.id("result-list")).getText()).contains("2 Ergebnisse gefunden.");
    }
}
