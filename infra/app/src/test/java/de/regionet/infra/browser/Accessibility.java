package de.regionet.infra.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (the copy inside the axe-core Selenium jar; nothing is fetched at run time) run on the open page with all
 * its rules. The bar (BITV 2.0, WCAG 2.1 AA) is no critical and no serious violation; moderate and minor
 * findings do not fail a test.
 */
final class Accessibility {

    private static final Set<String> FAILING = Set.of("critical", "serious");

    private Accessibility() {
    }

    static void assertNoSeriousViolations(WebDriver driver) {
        var results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core did not run on " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        var failing = results.getViolations().stream().filter(rule -> FAILING.contains(rule.getImpact())).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError(failing.size() + " critical or serious accessibility violation(s) on "
                    + driver.getTitle() + " (" + driver.getCurrentUrl().lines().findFirst().orElse("") + "):\n"
                    + failing.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    /** One rule per entry: impact, rule id, what it asks for, and the elements that break it. */
    private static String describe(Rule rule) {
        var targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " — " + targets;
    }
}
