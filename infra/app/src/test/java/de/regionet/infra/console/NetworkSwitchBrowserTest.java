package de.regionet.infra.console;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 22 in a browser: an office of two networks finds both with its roles on the console's start, sees Saxony-
 * Anhalt's regions on its overview, switches to North Rhine-Westphalia's with the form and sees only that network's
 * regions. Axe on every page. Regions 99872 and 05966.
 */
@RegioNetTest
class NetworkSwitchBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @LocalServerPort
    int port;

    @Test
    void an_office_of_two_networks_switches_the_network_its_overview_shows() {
        register(TestUsers.OFFICE, "99872", "Kreis Elbaue");
        register(TestUsers.OFFICE_NRW, "05966", "Kreis Olpe");
        await().atMost(Duration.ofSeconds(15)).until(() -> new ApiClient(port).as(TestUsers.OFFICE_NRW)
                .get("/api/network/overview").body().contains("Kreis Olpe"));

        browser.signIn(TestUsers.OFFICE_TWO_NETWORKS);
        browser.open("/console");
        var networks = browser.driver().findElement(By.id("networks")).getText();
        assertThat(networks).contains("REGIO AKTIV Sachsen-Anhalt", "Regionalagenturen Nordrhein-Westfalen",
                "Netzwerkstelle");
        browser.assertAccessible();
        browser.readmeScreenshot("console-networks");

        browser.open("/console/buero");
        browser.waitUntil(page -> page.findElement(By.id("main")).getText().contains("Kreis Elbaue"));
        assertThat(browser.driver().findElement(By.id("main")).getText()).doesNotContain("Kreis Olpe");
        browser.assertAccessible();

        new Select(browser.driver().findElement(By.id("network"))).selectByValue("nordrhein-westfalen");
        browser.driver().findElement(By.cssSelector(".network-switch__form button[type=submit]")).click();
        browser.waitUntil(page -> page.getCurrentUrl().contains("network=nordrhein-westfalen"));
        var main = browser.driver().findElement(By.id("main")).getText();
        assertThat(main).contains("Angezeigt wird das Netzwerk Regionalagenturen Nordrhein-Westfalen", "Kreis Olpe")
                .doesNotContain("Kreis Elbaue");
        assertThat(new Select(browser.driver().findElement(By.id("network"))).getFirstSelectedOption().getText())
                .isEqualTo("Regionalagenturen Nordrhein-Westfalen");
        browser.assertAccessible();
        browser.readmeScreenshot("console-network-switch");
    }

    private void register(String user, String key, String name) {
        var registered = new ApiClient(port).as(user).post("/api/regions", """
                {"key":"%s","name":"%s","kind":"DISTRICT"}""".formatted(key, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }
}
