package de.regionet.infra.console.office;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDateTime;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 1 of issue 19: the network office signs in, writes a news item with the keyboard, previews it, publishes
 * it, and a portal start page already open in a second browser shows it without reload; the Atom feed carries it.
 * On the way every console page of the office's first three sections is checked with axe (0 critical, 0 serious).
 */
@RegioNetTest
class OfficeJourneyBrowserTest {

    private static final Pattern ARTICLE = Pattern.compile("/console/nachrichten/([0-9a-f-]{36})$");

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @RegisterExtension
    static final BrowserSession portal = BrowserSession.german();

    @LocalServerPort
    int port;

    @Test
    void the_office_publishes_news_that_an_open_portal_shows_without_reload_and_the_feed_carries() {
        demoRegions();
        portal.open("/");
        portal.waitUntil(page -> "connected".equals(portal.script(
                "return document.documentElement.getAttribute('data-live')")));
        portal.script("window.openedBeforePublishing = true");

        browser.signIn(TestUsers.OFFICE);
        browser.open("/console/buero");
        browser.waitUntil(page -> page.getPageSource().contains("Landkreis Talheim"));
        browser.assertAccessible();
        browser.readmeScreenshot("office-dashboard");

        browser.open("/console/nachrichten/neu");
        browser.assertAccessible();
        var keyboard = browser.keyboard();
        // the title has focus; every further field is one Tab on; Enter in a one-line field saves the draft
        keyboard.press("Ausbildungsbörse in Talheim");
        keyboard.tab();
        keyboard.press("Betriebe und Jugendliche treffen sich im März.");
        keyboard.tab();
        keyboard.press("Die **Ausbildungsbörse** lädt alle Schulen ein.");
        keyboard.tab();
        keyboard.press("Ausbildung, Jugend");
        keyboard.tab();
        keyboard.press("99448");
        keyboard.tab();
        keyboard.press("K", Keys.ENTER);

        browser.waitUntil(page -> ARTICLE.matcher(page.getCurrentUrl()).find());
        var matcher = ARTICLE.matcher(browser.driver().getCurrentUrl());
        assertThat(matcher.find()).isTrue();
        var id = matcher.group(1);
        assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Der Entwurf ist gespeichert.");
        browser.assertAccessible();

        // the preview comes by htmx into the page, stored nowhere
        browser.driver().findElement(By.id("preview-button")).sendKeys(Keys.ENTER);
        browser.waitUntil(page -> !page.findElements(By.cssSelector("#preview-content strong")).isEmpty());
        assertThat(browser.driver().findElement(By.cssSelector("#preview-content strong")).getText())
                .isEqualTo("Ausbildungsbörse");
        assertThat(browser.driver().getCurrentUrl()).endsWith(id);
        browser.assertAccessible();

        browser.driver().findElement(By.id("publish-now")).sendKeys(Keys.ENTER);
        browser.waitUntil(page -> page.getPageSource().contains("Die Nachricht ist veröffentlicht."));

        portal.waitUntil(page -> page.findElement(By.cssSelector(".portal-news")).getText()
                .contains("Ausbildungsbörse in Talheim"));
        assertThat(portal.script("return window.openedBeforePublishing === true")).isEqualTo(true);
        assertThat(portal.driver().findElement(By.cssSelector(".portal-news a[href$='/nachrichten/" + id + "']"))
                .getText()).isEqualTo("Ausbildungsbörse in Talheim");

        var feed = new ApiClient(port).get("/feeds/news.atom").body();
        assertThat(feed).contains("Ausbildungsbörse in Talheim", "rel=\"alternate\"", "/nachrichten/" + id + "\"");
    }

    @Test
    void every_page_of_the_news_desk_and_the_events_is_accessible_also_with_problems_on_the_form() {
        browser.signIn(TestUsers.OFFICE);
        browser.open("/console/nachrichten");
        browser.assertAccessible();

        browser.open("/console/nachrichten/neu");
        browser.driver().findElement(By.id("save")).click();
        browser.waitUntil(page -> !page.findElements(By.id("problems")).isEmpty()
                || Boolean.TRUE.equals(browser.script("return !document.getElementById('title').validity.valid")));
        browser.assertAccessible();

        browser.open("/console/veranstaltungen/neu");
        browser.assertAccessible();
        var start = LocalDateTime.now().plusDays(40).withHour(9).withMinute(30).withSecond(0).withNano(0);
        var keyboard = browser.keyboard();
        browser.driver().findElement(By.id("title")).click();
        keyboard.press("Fachtag Talheim");
        keyboard.tab();
        keyboard.press("Ein Tag für die **Koordinierungen**.");
        browser.script("document.getElementById('start').value = arguments[0];"
                + "document.getElementById('end').value = arguments[1];", start.toString().substring(0, 16),
                start.plusHours(6).toString().substring(0, 16));
        browser.driver().findElement(By.id("location")).sendKeys("Kulturhaus Talheim", Keys.ENTER);
        browser.waitUntil(page -> page.getPageSource().contains("Der Entwurf ist gespeichert."));
        browser.assertAccessible();

        browser.open("/console/veranstaltungen");
        browser.waitUntil(page -> page.getPageSource().contains("Fachtag Talheim"));
        browser.assertAccessible();
    }

    private void demoRegions() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        for (var region : new String[][]{{"99448", "Landkreis Talheim", "DISTRICT"},
                {"99449", "Stadt Brückenfeld", "INDEPENDENT_CITY"}, {"99450", "Landkreis Heideland", "DISTRICT"}}) {
            assertThat(office.post("/api/regions", """
                    {"key":"%s","name":"%s","kind":"%s"}""".formatted((Object[]) region)).status()).isEqualTo(201);
        }
        var talheim = Rak.constitute(office, "99448", "Talheim");
        assertThat(office.put("/api/working-groups/" + talheim.id() + "/coordination", """
                {"organisation":"REKO Talheim","from":"2022-07-01","to":null}""", "If-Match", "\"7\"").status())
                .isEqualTo(204);
        Rak.constitute(office, "99449", "Brückenfeld");
    }
}
