package de.regionet.infra.console.calls;

import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 22 in a browser: the coordination records the region's advice on a call the state decides (the first
 * proposal with the keyboard alone), then the granting authority finds the call, sees the advice beside its decision,
 * grants the first proposal from two funds and refuses the second, and the project appears with its funds. Every
 * page is checked with axe. Region 99644.
 */
@RegioNetTest
class StateDecisionJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @LocalServerPort
    int port;

    @Test
    void the_region_advises_and_the_granting_authority_decides_and_the_project_has_its_funds() {
        var call = StateDecision.in(port, "99644", "Kreis Ruhrblick");

        browser.signIn(TestUsers.COORDINATOR_RUHR);
        browser.open(call.regionPage());
        browser.waitUntil(page -> !page.findElements(By.id("advice-heading")).isEmpty());
        browser.assertAccessible();

        // the first proposal with the keyboard: from its "not advised yet" choice, arrow to "recommend", tab on
        browser.script("document.getElementById(arguments[0]).focus()", "advice." + call.first());
        var keyboard = browser.keyboard();
        keyboard.press(Keys.ARROW_DOWN);
        assertThat(browser.driver().findElement(By.id("advice." + call.first() + "-yes")).isSelected()).isTrue();
        keyboard.tab();
        assertThat(keyboard.focused().getAttribute("id")).isEqualTo("rank." + call.first());
        keyboard.press("1");
        keyboard.tab();
        keyboard.press("Deckt den Fachkräftebedarf im Kreis");
        browser.driver().findElement(By.id("advice." + call.second() + "-no")).click();
        browser.driver().findElement(By.id("adviceReason." + call.second())).sendKeys("Angebot besteht bereits");
        browser.script("document.getElementById('advice').scrollIntoView()");
        browser.readmeScreenshot("console-advice");
        browser.driver().findElement(By.cssSelector("#advice button[type=submit]")).click();
        browser.waitUntil(page -> page.findElement(By.id("main")).getText().contains("Votum der Region ist gespeichert"));
        assertThat(browser.driver().findElement(By.id("main")).getText())
                .contains("Empfohlen (Rang 1): Deckt den Fachkräftebedarf im Kreis",
                        "Nicht empfohlen: Angebot besteht bereits");
        browser.assertAccessible();

        browser.signIn(TestUsers.GRANTING_AUTHORITY);
        browser.open("/console/bewilligung");
        browser.waitUntil(page -> !page.findElements(By.cssSelector("a[href$='" + call.grantingPage() + "']"))
                .isEmpty());
        browser.assertAccessible();
        browser.driver().findElement(By.cssSelector("a[href$='" + call.grantingPage() + "']")).click();
        browser.waitUntil(page -> !page.findElements(By.id("decision-form")).isEmpty());
        assertThat(browser.driver().findElement(By.id("proposal-" + call.first())).getText())
                .contains("Votum der Region", "Empfohlen (Rang 1)", "Entscheidung des Landes");
        browser.assertAccessible();

        browser.driver().findElement(By.id("decision." + call.first() + "-grant")).click();
        browser.driver().findElement(By.id("fund_ESF_PLUS." + call.first())).sendKeys("30.000");
        browser.driver().findElement(By.id("fund_LAND." + call.first())).sendKeys("10.000");
        browser.driver().findElement(By.id("decision." + call.second() + "-refuse")).click();
        browser.driver().findElement(By.id("refusal." + call.second())).sendKeys("Kein zusätzlicher Bedarf");
        browser.script("document.getElementById(arguments[0]).scrollIntoView()", "proposal-" + call.first());
        browser.readmeScreenshot("console-granting");
        browser.driver().findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        browser.waitUntil(page -> page.findElement(By.id("main")).getText().contains("Entscheidung ist gespeichert"));
        // the project read model may lag the call's on a busy machine: the page shows the projects once it has them
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            if (browser.driver().findElements(By.id("granted-projects")).isEmpty()) {
                browser.open(call.grantingPage());
                return false;
            }
            return true;
        });

        var main = browser.driver().findElement(By.id("main")).getText();
        assertThat(main).contains("bewilligt", "abgelehnt",
                "Kein zusätzlicher Bedarf");
        assertThat(browser.driver().findElement(By.id("granted-projects")).getText())
                .contains("Coaching im Betrieb", "40.000,00 €", "ESF Plus: 30.000,00 €", "Landesmittel: 10.000,00 €");
        browser.assertAccessible();
    }
}
