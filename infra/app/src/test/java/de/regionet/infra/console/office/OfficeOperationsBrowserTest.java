package de.regionet.infra.console.office;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network office's operations pages in a browser: accessible (axe: nothing critical or serious), the controlling
 * chart drawn with its text alternative, the rebuild button reached with the keyboard alone, and a command sent
 * through the API appearing in the activity list without a reload.
 */
@RegioNetTest
class OfficeOperationsBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @LocalServerPort
    int port;

    @Test
    void the_pages_are_accessible_and_the_chart_carries_its_text_alternative() {
        Targets.inForce(port, "99451", "Landkreis Wittenberg-Test", 1500, "99452", "Burgenlandkreis-Test", 80);
        browser.signIn(TestUsers.OFFICE);

        for (var page : OfficeOperationsPagesTest.PAGES) {
            browser.open(page);
            browser.assertAccessible();
        }
        browser.open("/console/controlling");
        browser.waitUntil(page -> !page.findElements(By.cssSelector("svg[role=img]")).isEmpty());
        var chart = browser.driver().findElement(By.cssSelector("svg[role=img]"));
        var title = (String) browser.script("return arguments[0].querySelector('title').textContent", chart);
        var description = (String) browser.script("return arguments[0].querySelector('desc').textContent", chart);
        assertThat(title).startsWith("Ziel und Ist je Region: Teilnehmende insgesamt");
        assertThat(description).contains("Landkreis Wittenberg-Test: Ziel 1.500, Ist 0, erreicht 0,0 %.");
        assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("chart-0-title chart-0-desc");
        assertThat(chart.findElements(By.cssSelector("rect.chart-bar")).size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void the_operators_read_models_page_with_its_operations_navigation_is_accessible() {
        browser.signIn(TestUsers.OPERATOR);

        browser.open("/console/lesemodelle");

        browser.assertAccessible();
        browser.screenshot("operator-read-models");
        assertThat(browser.driver().findElement(By.cssSelector("nav a[href='/console/lesemodelle']")).getText())
                .isEqualTo("Lesemodelle");
    }

    @Test
    void the_keyboard_alone_reaches_a_rebuild_button() {
        browser.signIn(TestUsers.OFFICE);
        browser.open("/console/lesemodelle");

        var keyboard = browser.keyboard();
        String reached = null;
        for (int press = 0; press < 80 && reached == null; press++) {
            var focused = keyboard.tab();
            var id = focused.getAttribute("id");
            if (id != null && id.startsWith("rebuild-")) {
                reached = id;
            }
        }

        assertThat(reached).as("a rebuild button within 80 presses of Tab").isNotNull();
        assertThat(keyboard.focused().getText()).isEqualTo("Neu aufbauen");
        assertThat(keyboard.focused().getAttribute("aria-describedby")).isEqualTo("rebuild-warning");
    }

    @Test
    void a_command_sent_through_the_api_appears_in_the_activity_list_without_reload() {
        browser.signIn(TestUsers.OFFICE);
        browser.open("/console/aktivitaet");
        browser.waitUntil(page -> "connected".equals(page.findElement(By.tagName("html")).getAttribute("data-live")));
        browser.script("window.regionetNotReloaded = true;");

        var drafted = new ApiClient(port).as(TestUsers.OFFICE).post("/api/news", """
                {"title":"Aktivität live","teaser":"Kurz","body":"Text","tags":[],"regionKeys":[],
                 "fundingAreas":[]}""");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        var id = drafted.json().get("id").asString();

        browser.waitUntil(page -> page.findElement(By.cssSelector(".activity-list")).getText().contains(id));
        assertThat(browser.script("return window.regionetNotReloaded === true;")).isEqualTo(true);
        assertThat(browser.driver().findElement(By.cssSelector(".activity-items li")).getText()).contains(id);
    }
}
