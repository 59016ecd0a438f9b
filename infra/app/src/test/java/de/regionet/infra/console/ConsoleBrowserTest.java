package de.regionet.infra.console;

import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out in a browser, with the keyboard alone; the form and the console's start are accessible. */
@RegioNetTest
class ConsoleBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @Test
    void a_person_signs_in_with_the_keyboard_alone_and_reaches_the_console() {
        browser.signOut();
        browser.open("/anmelden");
        browser.assertAccessible();

        // the form puts focus on the user name; the password is one Tab further, Enter sends the form
        var keyboard = browser.keyboard();
        keyboard.press(TestUsers.OFFICE);
        keyboard.tab();
        keyboard.press(TestUsers.PASSWORD);
        keyboard.press(Keys.ENTER);

        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/console"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Konsole");
        browser.assertAccessible();
        browser.screenshot("console-home");
    }

    @Test
    void signing_out_from_the_header_ends_the_session() {
        browser.signIn(TestUsers.AUDITOR);
        browser.open("/console");

        browser.driver().findElement(By.cssSelector("form.sign-out button")).click();

        browser.waitUntil(page -> page.getCurrentUrl().contains("/anmelden?abgemeldet"));
        browser.open("/console");
        browser.waitUntil(page -> page.getCurrentUrl().contains("/anmelden?weiter="));
    }
}
