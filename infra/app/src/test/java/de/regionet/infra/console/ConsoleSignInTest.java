package de.regionet.infra.console;

import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in on the pages (ADR 0019): a form, a session cookie that scripts cannot read, CSRF on every form, a
 * way back to the page asked for (of this application only), sign-out, and the API's rules for what a session may
 * open.
 */
@RegioNetTest
class ConsoleSignInTest {

    @LocalServerPort
    int port;

    @Test
    void the_form_is_a_public_german_page_with_a_csrf_token() {
        var form = new PageClient(port).get("/anmelden");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("lang=\"de\"", "Benutzername", "name=\"_csrf\"");
    }

    @Test
    void the_console_sends_a_browser_to_the_form_and_a_script_gets_401() {
        var browser = new PageClient(port).get("/console?x=1");
        assertThat(browser.status()).isEqualTo(302);
        assertThat(browser.location()).endsWith("/anmelden?weiter=/console?x%3D1");

        var script = new PageClient(port).get("/console", "Accept", "application/json");
        assertThat(script.status()).isEqualTo(401);
        assertThat(script.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void a_page_address_too_long_to_come_back_to_still_leads_to_the_form() {
        var asked = "/console/pruefung/" + "x".repeat(3000) + "/herkunft?q=" + "x".repeat(4900);

        var browser = new PageClient(port).get(asked);

        assertThat(browser.status()).isEqualTo(302);
        assertThat(browser.location()).endsWith("/anmelden");
    }

    @Test
    void signing_in_gives_an_http_only_same_site_session_and_opens_the_console() {
        var client = new PageClient(port);
        client.get("/anmelden");
        var signedIn = client.post("/anmelden", Map.of("benutzer", TestUsers.OFFICE, "passwort", TestUsers.PASSWORD));

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/console");
        assertThat(signedIn.header("set-cookie")).startsWith("regionet-session=").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        var console = client.get("/console");
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.body()).contains(TestUsers.OFFICE, "Netzwerkstelle", "Abmelden");
    }

    @Test
    void the_form_returns_to_the_page_asked_for_but_never_to_another_site() {
        var client = new PageClient(port);
        client.get("/anmelden?weiter=/nachrichten");
        var local = client.post("/anmelden", Map.of("benutzer", TestUsers.AUDITOR, "passwort", TestUsers.PASSWORD,
                "weiter", "/nachrichten"));
        assertThat(local.location()).endsWith("/nachrichten");

        var other = new PageClient(port);
        other.get("/anmelden");
        var away = other.post("/anmelden", Map.of("benutzer", TestUsers.AUDITOR, "passwort", TestUsers.PASSWORD,
                "weiter", "//elsewhere.example/"));
        assertThat(away.location()).endsWith("/console").doesNotContain("elsewhere");
    }

    @Test
    void a_wrong_password_brings_the_form_back_with_its_refusal() {
        var client = new PageClient(port);
        client.get("/anmelden");
        var refused = client.post("/anmelden", Map.of("benutzer", TestUsers.AUDITOR, "passwort", "wrong"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).contains("/anmelden?fehler");
        assertThat(client.get("/anmelden?fehler").body()).contains("role=\"alert\"", "Passwort ist falsch");
        assertThat(client.get("/console").status()).isEqualTo(302);
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() {
        var client = new PageClient(port);
        client.get("/anmelden");
        var refused = client.postWithoutToken("/anmelden",
                Map.of("benutzer", TestUsers.OFFICE, "passwort", TestUsers.PASSWORD));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(client.get("/console").status()).isEqualTo(302);

        var signedIn = new PageClient(port).signIn(TestUsers.OFFICE);
        assertThat(signedIn.postWithoutToken("/abmelden", Map.of()).status()).isEqualTo(403);
        assertThat(signedIn.get("/console").status()).isEqualTo(200);
    }

    @Test
    void signing_out_ends_the_session() {
        var client = new PageClient(port).signIn(TestUsers.SPONSOR);
        client.get("/console");

        var signedOut = client.post("/abmelden", Map.of());

        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).contains("/anmelden?abgemeldet");
        assertThat(client.get("/console").status()).isEqualTo(302);
    }

    @Test
    void failed_sign_ins_on_the_form_are_throttled_like_the_token_endpoint() {
        var client = new PageClient(port);
        var name = "nobody-on-the-form";
        for (int attempt = 0; attempt < 5; attempt++) {
            client.get("/anmelden");
            assertThat(client.post("/anmelden", Map.of("benutzer", name, "passwort", "wrong")).status())
                    .isEqualTo(302);
        }
        client.get("/anmelden");
        var throttled = client.post("/anmelden", Map.of("benutzer", name, "passwort", "wrong"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("retry-after")).isNotBlank();
    }

    @Test
    void a_session_opens_only_what_its_roles_may_read() {
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);

        assertThat(sponsor.get("/console").body()).contains("Projektträger").doesNotContain("Netzwerkstelle</h2>");
        assertThat(sponsor.get("/console/lesemodelle-gibt-es-nicht").status()).isEqualTo(404);
    }

    @Test
    void a_session_does_not_open_the_api_which_asks_for_a_bearer_token() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);

        assertThat(office.get("/api/network/overview", "Accept", "application/json").status()).isEqualTo(401);
    }
}
