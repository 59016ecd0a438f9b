package de.regionet.infra.console.audit;

import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static de.regionet.infra.console.audit.AuditConsoleData.EARLY_MEMBER;
import static de.regionet.infra.console.audit.AuditConsoleData.LATE_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 4 of issue 19: an auditor opens a working group's history, moves the date back with the keyboard alone
 * and sees the earlier members, sees verification {@code ok}, opens a project's lineage graph and downloads an
 * export; no serious accessibility violation on any page on the way.
 */
@RegioNetTest
class AuditorJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @LocalServerPort
    int port;

    @Test
    void an_auditor_moves_a_working_groups_date_back_verifies_the_store_follows_a_lineage_and_downloads_an_export()
            throws Exception {
        var group = AuditConsoleData.workingGroupWithHistory(port, "99457");
        var project = AuditConsoleData.projectWithResult(port, "99460");
        browser.signIn(TestUsers.AUDITOR);

        browser.open("/console/pruefung?typ=working-group");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            browser.open("/console/pruefung?typ=working-group");
            return !browser.driver().findElements(By.linkText("RAK Prüfkreis 99457")).isEmpty();
        });
        browser.assertAccessible();
        browser.driver().findElement(By.linkText("RAK Prüfkreis 99457")).click();
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/console/pruefung/working-group/" + group));
        assertThat(members()).contains(EARLY_MEMBER, LATE_MEMBER);
        browser.assertAccessible();
        browser.readmeScreenshot("auditor-history");

        // keyboard alone: Tab to "Stand am", type the day in the order the browser's date field shows, Enter
        var keyboard = browser.keyboard();
        for (int presses = 0; presses < 60 && !"asOf".equals(keyboard.focused().getAttribute("id")); presses++) {
            keyboard.tab();
        }
        assertThat(keyboard.focused().getAttribute("id")).isEqualTo("asOf");
        keyboard.press(dateKeys("2022", "08", "01"));
        keyboard.press(Keys.ENTER);
        browser.waitUntil(page -> page.getCurrentUrl().contains("asOf=2022-08-01"));
        assertThat(members()).contains(EARLY_MEMBER).doesNotContain(LATE_MEMBER);
        assertThat(browser.driver().findElement(By.id("state-heading")).getText()).contains("Stand am 01.08.2022");
        browser.assertAccessible();

        browser.driver().findElement(By.linkText("Verifikation")).click();
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/console/pruefung/verifikation"));
        assertThat(browser.driver().findElement(By.id("verification-result")).getText()).contains("ok");
        browser.assertAccessible();

        browser.open("/console/pruefung/projekte/" + project + "/herkunft");
        var graph = browser.driver().findElement(By.cssSelector("svg[role=img]"));
        assertThat(graph.findElements(By.cssSelector("rect"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(graph.getDomProperty("textContent")).contains("Aufruf", "Beschluss", "Projekt", "Ergebnis");
        browser.assertAccessible();
        browser.screenshot("auditor-lineage");

        browser.open("/console/pruefung");
        var export = browser.driver().findElement(By.cssSelector("a[download]")).getAttribute("href");
        var download = withTheSession(export);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment; filename=\"regionet-events-");
        assertThat(download.body()).contains(group, project, "\"manifest\"");
    }

    private String members() {
        return browser.driver().findElement(By.id("members")).getText();
    }

    /** The day's keys in the order of the browser's own date format (day, month, year or another order). */
    private static String dateKeys(String year, String month, String day) {
        var order = (List<?>) browser.script("return new Intl.DateTimeFormat().formatToParts(new Date(2022, 7, 1))"
                + ".filter(p => ['day', 'month', 'year'].includes(p.type)).map(p => p.type);");
        var keys = new StringBuilder();
        for (var part : order) {
            keys.append(switch (String.valueOf(part)) {
                case "year" -> year;
                case "month" -> month;
                default -> day;
            });
        }
        return keys.toString();
    }

    /** Fetches the download link as the browser would, with the browser's session cookie. */
    private static HttpResponse<String> withTheSession(String url) throws IOException, InterruptedException {
        var cookie = browser.driver().manage().getCookieNamed("regionet-session");
        var request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie.getName() + "=" + cookie.getValue())
                .header("Accept", "text/html,application/xhtml+xml").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
