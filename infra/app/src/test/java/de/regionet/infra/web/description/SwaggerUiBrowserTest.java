package de.regionet.infra.web.description;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI as a person opens it, without signing in: it renders every operation of the document under the
 * application's Content-Security-Policy (relaxed for {@code /swagger-ui/**} only, {@code DescriptionSecurity}), and
 * the browser reports no violation of it.
 */
@RegioNetTest
class SwaggerUiBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.english();

    @LocalServerPort
    int port;

    @Test
    void swagger_ui_renders_the_operations_with_no_violation_of_the_content_security_policy() {
        ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__violations = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"));

        browser.open("/swagger-ui.html");
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".opblock")).size() > 100);
        browser.driver().findElements(By.cssSelector(".opblock-summary")).get(0).click();
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".opblock-body")).isEmpty());

        assertThat(browser.driver().findElement(By.cssSelector(".info .title")).getText()).contains("RegioNet API");
        assertThat((List<?>) browser.script("return window.__violations")).isEmpty();
        browser.screenshot("swagger-ui");
    }

    @Test
    void only_swagger_ui_gets_the_relaxed_policy() {
        var anonymous = new ApiClient(port);

        var swagger = anonymous.get("/swagger-ui/index.html").header("Content-Security-Policy");
        var portal = anonymous.get("/", "Accept", "text/html").header("Content-Security-Policy");

        assertThat(swagger).contains("img-src 'self' data:").contains("style-src 'self' 'unsafe-inline'")
                .startsWith("default-src 'self'");
        assertThat(portal).doesNotContain("data:").doesNotContain("unsafe-inline");
    }
}
