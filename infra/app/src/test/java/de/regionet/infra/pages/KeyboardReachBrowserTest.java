package de.regionet.infra.pages;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every journey works with the keyboard alone: on each page the four journeys visit, every link, button and field a
 * mouse could use is reached by pressing Tab, in the page's order, as the person who uses the page. (Within a group
 * of radio buttons Tab reaches one and the arrow keys the others, as browsers do.) The journeys themselves fill and
 * send their forms by keyboard.
 */
@RegioNetTest
class KeyboardReachBrowserTest {

    /** Focusable, and seen: what a keyboard user must be able to reach. */
    private static final String MARK_REACHABLE = """
            var seen = {};
            var all = Array.prototype.slice.call(document.querySelectorAll(
                'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]),'
                + ' textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'));
            var wanted = all.filter(function (element) {
                if (element.getClientRects().length === 0 || getComputedStyle(element).visibility === 'hidden') {
                    return false;
                }
                if (element.type === 'radio') {
                    if (seen[element.name]) { return false; }
                    seen[element.name] = true;
                }
                return true;
            }).slice(0, arguments[0]);
            wanted.forEach(function (element, index) { element.setAttribute('data-keyboard', String(index)); });
            return wanted.length;""";

    private static final int AT_MOST = 120;

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @LocalServerPort
    int port;

    @Test
    void the_portal_is_reached_by_keyboard_alone() {
        browser.signOut();
        assertReachable("/", "/netzwerk", "/nachrichten", "/veranstaltungen", "/ergebnisse", "/aufrufe", "/anmelden");
    }

    @Test
    void the_console_pages_of_the_journeys_are_reached_by_keyboard_alone() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        if (office.get("/api/regions/99436").status() == 404) {
            assertThat(office.post("/api/regions", """
                    {"key":"99436","name":"Landkreis Tastatur","kind":"DISTRICT"}""").status()).isEqualTo(201);
            Rak.constitute(new ApiClient(port).as(TestUsers.COORDINATOR_HARZ), "99436", "Landkreis Tastatur");
        }
        browser.signIn(TestUsers.OFFICE);
        assertReachable("/console", "/console/buero", "/console/nachrichten", "/console/nachrichten/neu",
                "/console/controlling", "/console/lesemodelle");
        browser.signIn(TestUsers.COORDINATOR_HARZ);
        assertReachable("/console/regionen/99436", "/console/regionen/99436/sitzungen/neu",
                "/console/regionen/99436/beschluesse", "/console/regionen/99436/aufrufe");
        browser.signIn(TestUsers.SPONSOR);
        assertReachable("/console/aufrufe", "/console/antraege", "/console/projekte");
        browser.signIn(TestUsers.AUDITOR);
        assertReachable("/console/pruefung", "/console/pruefung/verifikation");
    }

    private void assertReachable(String... paths) {
        var unreached = new ArrayList<String>();
        for (var path : paths) {
            browser.open(path);
            long wanted = (Long) browser.script(MARK_REACHABLE, AT_MOST);
            var reached = new HashSet<String>();
            var keyboard = browser.keyboard();
            for (int press = 0; press < wanted + 15 && reached.size() < wanted; press++) {
                var focused = keyboard.tab().getAttribute("data-keyboard");
                if (focused != null) {
                    reached.add(focused);
                }
            }
            for (int index = 0; index < wanted; index++) {
                if (!reached.contains(String.valueOf(index))) {
                    unreached.add(path + ": " + browser.script("var e = document.querySelector("
                            + "'[data-keyboard=\"" + index + "\"]'); return e.outerHTML.substring(0, 160);"));
                }
            }
        }
        assertThat(unreached).as("reached by a mouse, not by Tab").isEqualTo(List.of());
    }
}
