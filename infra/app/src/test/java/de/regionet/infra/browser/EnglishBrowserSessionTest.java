package de.regionet.infra.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A class that asks for English gets a browser that prefers it (its own browser: one per class). */
class EnglishBrowserSessionTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.english();

    @Test
    void the_browser_prefers_english() {
        browser.openUrl(BrowserSessionTest.page("<h1>Language</h1>"));

        assertThat(browser.script("return navigator.languages[0]")).isEqualTo("en-GB");
    }
}
