package de.regionet.infra.portal;

import de.regionet.infra.RegioNetTest;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal's start page in a browser, without signing in: a page with a title in German, no critical or
 * serious accessibility violation, and the skip link as the first Tab stop, which takes focus to the main content.
 */
@RegioNetTest
class PortalBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @Test
    void the_start_page_opens_without_signing_in_as_a_german_page_with_a_title() {
        browser.open("/");

        assertThat(browser.title()).isNotBlank();
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("de");
        browser.readmeScreenshot("portal");
    }

    @Test
    void the_start_page_has_no_critical_or_serious_accessibility_violation() {
        browser.open("/");

        browser.assertAccessible();
    }

    @Test
    void the_first_tab_stop_is_the_skip_link_and_it_moves_focus_to_the_main_content() {
        browser.open("/");

        var first = browser.keyboard().tab();
        assertThat(first.getTagName()).isEqualTo("a");
        assertThat(first.getDomAttribute("href")).isEqualTo("#main");
        browser.keyboard().press(Keys.ENTER);
        assertThat(browser.keyboard().focused().getTagName()).isEqualTo("main");
    }
}
