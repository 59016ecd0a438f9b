package de.regionet.infra.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The keyboard alone, as the issue asks every journey to work: key presses go to whatever has focus, never to an
 * element picked by the test, so a test only reaches what a keyboard user reaches.
 */
public record Keyboard(WebDriver driver) {

    /** Presses Tab once and answers the element that then has focus. */
    public WebElement tab() {
        return tab(1);
    }

    public WebElement tab(int times) {
        for (var i = 0; i < times; i++) {
            press(Keys.TAB);
        }
        return focused();
    }

    public WebElement shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return focused();
    }

    /** Presses keys on the focused element, e.g. {@code Keys.ENTER} to follow a focused link. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has focus (the body when nothing has). */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }
}
