package de.regionet.infra.console.coordination;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 2 of issue 19: a coordinator records a meeting with three resolutions. One is not quorate, and the page
 * says so before saving; the working group refuses to record a body that was not quorate, so saving brings the
 * form back with the refusal, the coordinator ticks the member who was there after all, and all three are saved,
 * one of them with a recusal. The first resolution and the save are entered with the keyboard alone. Every page
 * of the region is checked with axe.
 */
@RegioNetTest
class CoordinationJourneyBrowserTest {

    private static final String REGION = "99433";

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @LocalServerPort
    int port;

    @Test
    void a_coordinator_records_a_meeting_sees_the_quorum_before_saving_and_finds_all_three_in_the_log() {
        var rak = constitute();
        browser.signIn(TestUsers.COORDINATOR_HARZ);
        browser.open("/console/regionen/" + REGION);
        browser.waitUntil(page -> page.findElement(By.tagName("h1")).getText().equals("RAK Landkreis Nordharz"));
        assertThat(browser.driver().findElements(By.cssSelector("#members tbody tr"))).hasSize(6);
        browser.assertAccessible();
        browser.readmeScreenshot("working-group");

        browser.open("/console/regionen/" + REGION + "/sitzungen/neu");
        browser.assertAccessible();

        // resolution 1 with the keyboard alone: from the day of the meeting (whose day, month and year Tab passes
        // one by one), Tab through the fields
        browser.script("document.getElementById('date').focus()");
        var keyboard = browser.keyboard();
        for (int segment = 0; segment < 4 && !"r0-agendaItem".equals(keyboard.focused().getAttribute("id"));
             segment++) {
            keyboard.tab();
        }
        assertThat(keyboard.focused().getAttribute("id")).isEqualTo("r0-agendaItem");
        keyboard.press("TOP 1");
        keyboard.tab();
        keyboard.press("Der RAK beschließt die Tagesordnung.");
        for (var vote : new String[]{"J", "J", "N"}) {   // Landkreis, Agentur, Jobcenter: present, yes, yes, no
            keyboard.tab();
            keyboard.press(Keys.SPACE);
            keyboard.tab();
            keyboard.press(vote);
            keyboard.tab();
        }
        awaitPreview(0, "Ja: 2, Nein: 1");
        assertThat(preview(0)).contains("beschlussfähig", "Ja: 2, Nein: 1", "angenommen");

        // resolution 2: only two of five members with a vote present, not quorate, shown before saving
        type("r1-agendaItem", "TOP 2");
        type("r1-motion", "Der RAK nimmt den Bericht der Koordinierung zur Kenntnis.");
        attend(1, rak.member("Landkreis Nordharz"), "YES");
        attend(1, rak.member("Agentur"), "YES");
        awaitPreview(1, "2 von 5");
        assertThat(preview(1)).contains("nicht beschlussfähig", "2 von 5", "nötig sind 3");
        browser.assertAccessible();

        // resolution 3: Bildungswerk Salzland present but recused
        type("r2-agendaItem", "TOP 3");
        type("r2-motion", "Der RAK befürwortet das Projekt des Bildungswerks.");
        attend(2, rak.member("Landkreis Nordharz"), "YES");
        attend(2, rak.member("Agentur"), "YES");
        attend(2, rak.member("Jobcenter"), "ABSTAIN");
        attend(2, rak.member("Bildungswerk Salzland"), null);
        type("r2-recusal-" + rak.member("Bildungswerk Salzland"), "Träger des Projekts");
        awaitPreview(2, "befangen: 1");
        assertThat(preview(2)).contains("Ja: 2, Nein: 0, Enthaltungen: 1", "angenommen");

        // save with the keyboard: the button follows the last field; the inquorate resolution is refused
        browser.script("document.getElementById(arguments[0]).focus()", "r2-recusal-" + rak.member("Gleichstellung"));
        keyboard.tab();
        assertThat(keyboard.focused().getText()).isEqualTo("Beschlüsse speichern");
        keyboard.press(Keys.ENTER);
        browser.waitUntil(page -> !page.findElements(By.cssSelector("#refusal[role=alert]")).isEmpty());
        assertThat(browser.driver().findElement(By.id("refusal")).getText()).contains("Beschluss 2",
                "nicht beschlussfähig");
        awaitOutcome(1, "INQUORATE");
        browser.assertAccessible();

        // the IHK was there after all: ticked, resolution 2 becomes quorate, and all three are saved
        attend(1, rak.member("IHK"), "YES");
        awaitOutcome(1, "ADOPTED");
        browser.driver().findElement(By.cssSelector("#meeting button[type=submit]")).click();
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/console/regionen/" + REGION + "/beschluesse"));

        var log = browser.driver().findElement(By.id("main")).getText();
        assertThat(log).contains("3 Beschlüsse wurden gespeichert.", "Der RAK beschließt die Tagesordnung.",
                "Der RAK nimmt den Bericht der Koordinierung zur Kenntnis.",
                "Der RAK befürwortet das Projekt des Bildungswerks.", "Bildungswerk Salzland: Träger des Projekts");
        assertThat(browser.driver().findElements(By.cssSelector("article.coord-decision"))).hasSize(3);
        browser.assertAccessible();
        browser.screenshot("coordination-decisions");
    }

    @Test
    void every_page_of_the_region_passes_axe() {
        browser.signIn(TestUsers.COORDINATOR_HARZ);
        for (var path : new String[]{"", "/sitzungen/neu", "/beschluesse", "/umlaufverfahren", "/schwerpunkte",
                "/zielvereinbarungen", "/kontakte"}) {
            browser.open("/console/regionen/99434" + path);
            browser.waitUntil(page -> !page.findElements(By.tagName("h1")).isEmpty());
            assertThat(browser.title()).as(path).doesNotContain("Fehler", "Kein Zugriff");
            browser.assertAccessible();
        }
    }

    private Rak constitute() {
        var api = new ApiClient(port);
        assertThat(api.as(TestUsers.OFFICE).post("/api/regions", """
                {"key":"%s","name":"Landkreis Nordharz","kind":"DISTRICT"}""".formatted(REGION)).status())
                .isEqualTo(201);
        var rak = Rak.constitute(api.as(TestUsers.COORDINATOR_HARZ), REGION, "Landkreis Nordharz");
        assertThat(api.as(TestUsers.COORDINATOR_HARZ).put("/api/working-groups/" + rak.id() + "/coordination", """
                {"organisation":"REKO Nordharz","from":"2022-07-01","to":null}""").status()).isEqualTo(204);
        var other = new ApiClient(port);
        assertThat(other.as(TestUsers.OFFICE).post("/api/regions", """
                {"key":"99434","name":"Landkreis Südharz","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var south = Rak.constitute(other.as(TestUsers.COORDINATOR_HARZ), "99434", "Landkreis Südharz");
        for (var group : new Rak[]{rak, south}) {
            await().untilAsserted(() -> {
                assertThat(api.as(TestUsers.OFFICE).get("/api/working-groups/" + group.id()).json().get("members")
                        .size()).isEqualTo(6);
                assertThat(api.as(TestUsers.OFFICE).get("/api/working-groups/" + group.id() + "/rules").json()
                        .size()).isEqualTo(1);
            });
        }
        return rak;
    }

    private static void type(String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }

    /** Ticks a member present in resolution {@code number} and picks its vote ({@code null}: none). */
    private static void attend(int number, String member, String vote) {
        browser.driver().findElement(By.id("r" + number + "-present-" + member)).click();
        if (vote != null) {
            new Select(browser.driver().findElement(By.id("r" + number + "-vote-" + member))).selectByValue(vote);
        }
    }

    /** The preview's text, read in the page at once: htmx swaps it on every change of the form. */
    private static String preview(int number) {
        return String.valueOf(browser.script("var verdict = document.querySelector(arguments[0]);"
                + " return verdict ? verdict.innerText : '';", "#preview-" + number + " .coord-verdict"));
    }

    private static void awaitPreview(int number, String text) {
        browser.waitUntil(page -> preview(number).contains(text));
    }

    private static void awaitOutcome(int number, String outcome) {
        browser.waitUntil(page -> outcome.equals(browser.script("var verdict = document.querySelector(arguments[0]);"
                + " return verdict ? verdict.getAttribute('data-outcome') : null;",
                "#preview-" + number + " .coord-verdict")));
    }
}
