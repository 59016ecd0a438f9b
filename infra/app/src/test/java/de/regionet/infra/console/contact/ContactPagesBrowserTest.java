package de.regionet.infra.console.contact;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.infra.browser.BrowserSession;
import de.regionet.kernel.personal.PersonalDataVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contact person pages with data in them, in a browser: the coordination's page of region 99439 (one contact
 * consented, one erased), the portal's region page showing the consented one, the network office's page and its
 * data-protection page answering an access request, each without a critical or serious accessibility violation.
 */
@RegioNetTest
class ContactPagesBrowserTest {

    private static final String REGION = "99439";

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.german();

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataVault vault;

    @Test
    void the_contact_pages_of_the_coordination_the_office_and_the_portal_pass_axe() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Landkreis Kontaktbrowser","kind":"DISTRICT"}""".formatted(REGION)).status())
                .isEqualTo(201);
        var rak = Rak.constitute(office, REGION, "Landkreis Kontaktbrowser");
        var shown = record(office, """
                {"kind":"COORDINATION_OFFICE","regionKey":"%s","name":"Lena Browserprobe",
                 "function":"Regionalkoordinatorin","telephone":"03946 555-0404",
                 "email":"lena.browserprobe@example.org"}""".formatted(REGION));
        assertThat(office.post("/api/contact-persons/" + shown + "/consent", "{}").status()).isEqualTo(204);
        record(office, """
                {"kind":"WORKING_GROUP_DEPUTY","workingGroupId":"%s","name":"Max Browserprobe",
                 "email":"max.browserprobe@example.org"}""".formatted(rak.id()));
        vault.erase(vault.subjectsByEmail("max.browserprobe@example.org").get(0));
        record(office, """
                {"kind":"NETWORK_OFFICE","name":"Nora Browserprobe","function":"Netzwerkstelle",
                 "email":"nora.browserprobe@example.org"}""");
        await().atMost(Duration.ofSeconds(15)).until(() -> office.get("/api/contact-persons?regionKey=" + REGION)
                .json().size() == 2);

        browser.signIn(TestUsers.COORDINATOR_HARZ);
        browser.open("/console/regionen/" + REGION + "/kontakte");
        assertThat(browser.driver().findElement(By.id("contacts")).getText())
                .contains("Lena Browserprobe", "gelöscht");
        browser.assertAccessible();
        browser.readmeScreenshot("coordination-contacts");

        browser.open("/netzwerk/" + REGION);
        assertThat(browser.driver().findElement(By.cssSelector(".contact-list")).getText())
                .contains("Lena Browserprobe").doesNotContain("Max Browserprobe");
        browser.assertAccessible();

        browser.signIn(TestUsers.OFFICE);
        browser.open("/console/kontakte");
        assertThat(browser.driver().findElement(By.id("contacts")).getText()).contains("Nora Browserprobe");
        browser.assertAccessible();

        browser.open("/console/datenschutz");
        browser.assertAccessible();
        browser.driver().findElement(By.id("ask-email")).sendKeys("nora.browserprobe@example.org");
        browser.driver().findElement(By.cssSelector("#ask-form button")).click();
        browser.waitUntil(driver -> !driver.findElements(By.id("records")).isEmpty());
        assertThat(browser.driver().findElement(By.id("records")).getText()).contains("Nora Browserprobe");
        browser.assertAccessible();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('found-heading').scrollIntoView()");
        browser.readmeScreenshot("office-privacy");
    }

    private static String record(ApiClient office, String body) {
        var created = office.post("/api/contact-persons", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
