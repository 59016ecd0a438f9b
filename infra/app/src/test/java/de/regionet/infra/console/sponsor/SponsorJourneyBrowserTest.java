package de.regionet.infra.console.sponsor;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 3 of issue 19 in a browser: the coordination opens a call (through the API); the sponsor finds it on the
 * portal, is sent to sign in, signs in with the keyboard and proposes; once the call has closed and the working
 * group has resolved about it, the coordination selects the proposal by that resolution on the console; the sponsor
 * records a result whose title has umlauts, shares it publicly, and the portal's catalogue finds it typed without
 * them. Every console page of the journey passes axe. Region 99444.
 */
@RegioNetTest
class SponsorJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    private static final String CALL_TITLE = "Wege in Ausbildung";
    private static final String PROPOSAL_TITLE = "Ausbildungslotsen Harz";
    private static final String NARRATIVE = "Übergänge in Ausbildung: zwölf Jugendliche fanden mit Lotsen einen Platz.";

    @LocalServerPort
    int port;

    @Test
    void a_sponsor_proposes_is_selected_by_resolution_and_shares_a_result_the_catalogue_finds() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var coordination = new ApiClient(port).as(TestUsers.COORDINATOR_HARZ);
        var registered = office.post("/api/regions", """
                {"key":"99444","name":"Kreis Lotsen","kind":"DISTRICT"}""");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        var rak = Rak.constitute(office, "99444", "Kreis Lotsen");
        // the sponsor must propose before the deadline, and the selection must wait for it: time for a browser
        var opened = coordination.post("/api/calls", """
                {"regionKey":"99444","programmeId":"%s","fundingArea":"A","title":"%s","budgetEuro":400000,
                 "deadline":"%s","criteria":["Regionaler Bedarf"]}""".formatted(new Funding(office).programme(),
                CALL_TITLE, Instant.now().plusSeconds(45).truncatedTo(ChronoUnit.MILLIS)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var call = Funding.idOf(opened.header("Location"));

        proposeAsSponsor(call);
        await().atMost(Duration.ofSeconds(90)).until(() -> coordination.get("/api/calls/" + call).json()
                .path("status").asString("").equals("CLOSED"));
        var resolution = resolveInConsole(rak, call, coordination);
        var project = selectAsCoordinator(call, resolution);
        recordResultAsSponsor(project);

        browser.signOut();
        reloadUntil("/ergebnisse?q=Ubergange", PROPOSAL_TITLE);
        assertThat(text()).contains("Übergänge in Ausbildung");
    }

    /**
     * On the portal's calls the sponsor finds the call; its "Antrag stellen" leads to sign-in, and signed in (by
     * keyboard) the sponsor is back on the proposal form and proposes.
     */
    private void proposeAsSponsor(String call) {
        browser.signOut();
        reloadUntil("/aufrufe", CALL_TITLE);
        browser.driver().findElement(By.linkText(CALL_TITLE)).click();
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/aufrufe/" + call));
        browser.driver().findElement(By.cssSelector("a[href$='/console/aufrufe/" + call + "/antrag']")).click();
        browser.waitUntil(page -> page.getCurrentUrl().contains("/anmelden?weiter="));
        var keyboard = browser.keyboard();
        keyboard.press(TestUsers.SPONSOR);
        keyboard.tab();
        keyboard.press(TestUsers.PASSWORD);
        keyboard.press(Keys.ENTER);
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/console/aufrufe/" + call + "/antrag"));
        assertThat(heading()).isEqualTo("Antrag stellen");
        assertThat(text()).contains(CALL_TITLE, "Bildungswerk Salzland");
        browser.assertAccessible();
        type("title", PROPOSAL_TITLE);
        type("summary", "Lotsen begleiten Jugendliche vom Praktikum in die Ausbildung.");
        type("requestedEuro", "150.000");
        type("durationMonths", "24");
        submit();

        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/console/antraege"));
        reloadUntil("/console/antraege", PROPOSAL_TITLE);
        browser.assertAccessible();
    }

    /**
     * The coordination records the working group's resolution about the call on the meeting page: four members
     * present and voting yes, Bildungswerk Salzland (the proposing sponsor) present and recused. Answers its id.
     */
    private String resolveInConsole(Rak rak, String call, ApiClient coordination) {
        browser.signIn(TestUsers.COORDINATOR_HARZ);
        browser.open("/console/regionen/99444/sitzungen/neu");
        type("r0-agendaItem", "TOP 1");
        type("r0-motion", "Der RAK wählt die Vorhaben zum Aufruf aus.");
        new Select(browser.driver().findElement(By.id("r0-call"))).selectByVisibleText(CALL_TITLE);
        for (var voter : List.of("Kreis Lotsen", "Agentur", "Jobcenter", "IHK")) {
            browser.driver().findElement(By.id("r0-present-" + rak.member(voter))).click();
            new Select(browser.driver().findElement(By.id("r0-vote-" + rak.member(voter)))).selectByValue("YES");
        }
        var sponsor = rak.member("Bildungswerk Salzland");
        browser.driver().findElement(By.id("r0-present-" + sponsor)).click();
        type("r0-recusal-" + sponsor, "Träger eines Vorschlags");
        browser.keyboard().press(Keys.TAB); // leaving the field is the change the page judges again
        browser.waitUntil(driver -> driver.findElement(By.id("preview-0")).getText().contains("angenommen"));
        browser.assertAccessible();
        submit();

        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/console/regionen/99444/beschluesse"));
        var found = new String[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (var resolution : coordination.get("/api/working-groups/" + rak.id() + "/resolutions").json()) {
                if (resolution.path("subject").path("id").asString("").equals(call)) {
                    found[0] = resolution.get("id").asString();
                }
            }
            return found[0] != null;
        });
        return found[0];
    }

    /** The coordination chooses the resolution about the call and selects the proposal; answers the project's id. */
    private String selectAsCoordinator(String call, String resolution) {
        browser.signIn(TestUsers.COORDINATOR_HARZ);
        reloadUntil("/console/regionen/99444/aufrufe", CALL_TITLE);
        browser.assertAccessible();

        var page = "/console/regionen/99444/aufrufe/" + call;
        reloadUntil(page, "value=\"" + resolution + "\"");
        assertThat(text()).contains(PROPOSAL_TITLE, "Bildungswerk Salzland");
        browser.assertAccessible();
        submit();

        browser.waitUntil(driver -> driver.getPageSource().contains("Die Auswahl ist gespeichert"));
        reloadUntil(page, "Gestartete Projekte");
        browser.assertAccessible();
        var link = browser.driver().findElement(By.cssSelector("a[href*='/console/projekte/']")).getAttribute("href");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** The sponsor records a result of today and shares it with the public. */
    private void recordResultAsSponsor(String project) {
        browser.signIn(TestUsers.SPONSOR);
        reloadUntil("/console/projekte", PROPOSAL_TITLE);
        browser.assertAccessible();
        browser.driver().findElement(By.linkText(PROPOSAL_TITLE)).click();
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/console/projekte/" + project));
        browser.assertAccessible();

        var today = NetworkTime.today(Clock.systemUTC()).toString();
        browser.script("document.getElementById('periodFrom').value = arguments[0];"
                + "document.getElementById('periodTo').value = arguments[0];", today);
        type("value", "12");
        type("narrative", NARRATIVE);
        browser.driver().findElement(By.id("audience-PUBLIC")).click();
        submit();

        browser.waitUntil(driver -> driver.getPageSource()
                .contains("Das Ergebnis ist erfasst und öffentlich geteilt."));
        reloadUntil("/console/projekte/" + project, NARRATIVE);
        browser.assertAccessible();
        browser.screenshot("sponsor-project");
    }

    private void reloadUntil(String path, String text) {
        browser.waitUntil(driver -> {
            browser.open(path);
            return driver.getPageSource().contains(text);
        });
    }

    private void type(String field, String text) {
        var input = browser.driver().findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private void submit() {
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private String text() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }
}
