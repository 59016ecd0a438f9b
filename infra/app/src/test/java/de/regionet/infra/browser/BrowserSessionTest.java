package de.regionet.infra.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The harness itself, on small pages of its own ({@code data:} addresses, no application): axe-core runs and finds
 * what is planted, passes what is clean, and the keyboard, screenshots and language do what the browser tests rely on.
 */
class BrowserSessionTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @Test
    void axe_core_passes_a_clean_page() {
        browser.openUrl(page("<h1>Netzwerk</h1><p>Alle Regionen auf einen Blick.</p>"));

        browser.assertAccessible();
    }

    @Test
    void axe_core_fails_a_page_with_a_serious_violation_naming_rule_help_and_element() {
        browser.openUrl(page("<h1>Netzwerk</h1><p id=\"faint\" style=\"color:#ccc\">Kaum lesbar.</p>"));

        assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class)
                .hasMessageContaining("[serious] color-contrast")
                .hasMessageContaining("contrast")
                .hasMessageContaining("#faint");
    }

    @Test
    void the_first_tab_stop_is_the_first_link_and_focus_moves_on_with_the_next() {
        browser.openUrl(page("<a href=\"#inhalt\">Zum Inhalt springen</a><h1>Netzwerk</h1>"
                + "<a href=\"#weiter\">Weiter</a>"));

        assertThat(browser.keyboard().tab().getText()).isEqualTo("Zum Inhalt springen");
        assertThat(browser.keyboard().tab().getText()).isEqualTo("Weiter");
        assertThat(browser.keyboard().shiftTab().getText()).isEqualTo("Zum Inhalt springen");
    }

    @Test
    void the_browser_prefers_german() {
        browser.openUrl(page("<h1>Sprache</h1>"));

        assertThat(browser.script("return navigator.languages[0]")).isEqualTo("de-DE");
    }

    @Test
    void a_screenshot_is_a_png_under_target_screenshots() throws Exception {
        browser.openUrl(page("<h1>Bildschirmfoto</h1>"));

        var file = browser.screenshot("harness");

        assertThat(file).isEqualTo(Path.of("target", "screenshots", "harness.png"));
        assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void a_browser_that_cannot_start_fails_naming_the_two_packages() {
        var missing = new BrowserSession(Path.of("/nonexistent/chromium"), Path.of("/usr/bin/chromedriver"), "de-DE");

        assertThatThrownBy(() -> missing.beforeAll(Mockito.mock(ExtensionContext.class)))
                .hasMessageContaining("chromium and chromium-driver");
    }

    /** A whole German page with its main landmark around the body, as a {@code data:} address. */
    static String page(String body) {
        var html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Probe</title></head>"
                + "<body><main id=\"inhalt\">" + body + "</main></body></html>";
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
