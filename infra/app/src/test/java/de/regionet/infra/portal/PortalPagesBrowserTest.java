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
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's network, news and events pages in a browser, without signing in: no critical or serious
 * accessibility violation on any of them, the navigation walked by keyboard alone, and the portal half of the
 * office's journey: a news item published through the API appears on an open start page and news page without
 * reload; a participant registers and gives the place back through the personal cancellation link. Region key 99407.
 */
@RegioNetTest
class PortalPagesBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    private static String news;
    private static String event;
    private static String planning;

    @LocalServerPort
    int port;

    private ApiClient office() {
        return new ApiClient(port).as(TestUsers.OFFICE);
    }

    @BeforeEach
    void aRegionANewsItemAndAnEvent() {
        if (news != null) {
            return;
        }
        var office = office();
        assertThat(office.post("/api/regions", """
                {"key":"99407","name":"Browserkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var group = office.post("/api/working-groups", """
                {"regionKey":"99407","name":"RAK Browserkreis","establishedOn":"2021-01-01"}""");
        planning = PlanningPagesTest.planningDocument(office, "99407", group.json().get("id").asString());
        assertThat(office.post("/api/working-groups/" + group.json().get("id").asString() + "/members", """
                {"organisation":"Jobcenter Browserkreis","category":"JOB_CENTRE","admittedOn":"2022-07-01"}""")
                .status()).isEqualTo(201);
        news = PortalPagesTest.news(office, "Browsernachricht", "Ein **Text** mit [Link](https://www.regio-aktiv.de)");
        assertThat(office.post("/api/news/" + news + "/publication", "{}").status()).isEqualTo(204);
        event = PortalPagesTest.networkEvent(office, "Browserkonferenz", 40);
        assertThat(office.post("/api/network-events/" + event + "/publication", "").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> new ApiClient(port).get("/nachrichten/" + news,
                "Accept", "text/html").status() == 200 && new ApiClient(port).get("/veranstaltungen/" + event,
                "Accept", "text/html").status() == 200);
    }

    @Test
    void every_portal_page_has_no_critical_or_serious_accessibility_violation() {
        for (var path : List.of("/netzwerk", "/netzwerk/99407", "/nachrichten", "/nachrichten/" + news,
                "/veranstaltungen", "/veranstaltungen/" + event, "/regionen/99407/planung/" + planning)) {
            browser.open(path);

            assertThat(browser.title()).as(path).isNotBlank();
            browser.assertAccessible();
        }
        browser.open("/netzwerk/99407");
        browser.readmeScreenshot("portal-region");
    }

    @Test
    void the_network_news_and_events_are_reached_through_the_navigation_by_keyboard_alone() {
        browser.open("/");

        follow("/netzwerk");
        assertThat(heading()).isEqualTo("Das Netzwerk");
        follow("/netzwerk/99407");
        assertThat(heading()).isEqualTo("Browserkreis");
        follow("/nachrichten");
        assertThat(heading()).isEqualTo("Nachrichten");
        follow("/nachrichten/" + news);
        assertThat(heading()).isEqualTo("Browsernachricht");
        follow("/veranstaltungen");
        assertThat(heading()).isEqualTo("Veranstaltungen");
        follow("/veranstaltungen/" + event);
        assertThat(heading()).isEqualTo("Browserkonferenz");
    }

    @Test
    void a_participant_registers_gets_the_personal_link_and_gives_the_place_back_through_it_without_signing_in() {
        try {
            browser.signIn(TestUsers.SPONSOR);
            browser.open("/veranstaltungen/" + event);
            browser.driver().findElement(By.id("participant-name")).sendKeys("Bruno Browser");
            browser.driver().findElement(By.id("participant-email")).sendKeys("bruno.browser@example.org");
            browser.assertAccessible();
            browser.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
            var link = browser.waitUntil(driver -> driver.findElement(By.id("cancellation-link")));
            var path = java.net.URI.create(link.getDomAttribute("href")).getPath();
            assertThat(path).startsWith("/veranstaltungen/" + event + "/abmeldung/");
            browser.assertAccessible();

            browser.signOut();
            browser.open(path);
            assertThat(heading()).isEqualTo("Von der Veranstaltung abmelden");
            browser.assertAccessible();
            browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
            browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/veranstaltungen/" + event));
            assertThat(browser.driver().findElements(By.cssSelector("[role=status]"))).extracting(WebElement::getText)
                    .contains("Die Anmeldung ist zurückgegeben.");
        } finally {
            browser.signOut();
        }
    }

    /** Tabs forward (from the top of the page) to the first link to {@code path} and presses Enter on it. */
    private void follow(String path) {
        var keyboard = browser.keyboard();
        WebElement focused = null;
        for (int stop = 0; stop < 200; stop++) {
            focused = keyboard.tab();
            if (path.equals(focused.getDomAttribute("href"))) {
                break;
            }
        }
        assertThat(focused).isNotNull();
        assertThat(focused.getDomAttribute("href")).as("a Tab stop links to " + path).isEqualTo(path);
        keyboard.press(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith(path));
    }

    private String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    @Test
    void a_news_item_published_by_the_office_appears_on_the_open_start_and_news_pages_without_reload() {
        for (var path : List.of("/", "/nachrichten")) {
            browser.open(path);
            browser.waitUntil(driver -> "connected".equals(browser.script(
                    "return document.documentElement.getAttribute('data-live')")));
            browser.script("window.stillTheSamePage = true;");
            var title = "Live-Nachricht für " + path;
            var office = office();
            var id = PortalPagesTest.news(office, title, "Frisch");

            assertThat(office.post("/api/news/" + id + "/publication", "{}").status()).isEqualTo(204);

            // read in one step: each message on the topic swaps the live region for a new element
            browser.waitUntil(driver -> String.valueOf(browser.script(
                    "var live = document.querySelector(\"[aria-live='polite']\");"
                            + " return live ? live.textContent : '';")).contains(title));
            assertThat(browser.script("return window.stillTheSamePage === true")).as(path).isEqualTo(true);
        }
    }
}
