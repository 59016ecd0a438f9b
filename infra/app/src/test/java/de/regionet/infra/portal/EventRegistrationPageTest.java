package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering for a network event from the portal: a visitor is led to sign-in and back to the event; signed in,
 * the page registers an organisation and its participant with the same command and rules as the API and shows the
 * personal cancellation link once; the form needs its CSRF token.
 */
@RegioNetTest
class EventRegistrationPageTest {

    @LocalServerPort
    int port;

    @Test
    void a_visitor_is_led_to_sign_in_and_back_and_then_registers_the_organisation() {
        var event = publishedEvent(1);
        var page = "/veranstaltungen/" + event;

        var visitor = new PageClient(port).get(page);
        assertThat(visitor.body()).contains("/anmelden?weiter=" + page).doesNotContain("name=\"organisation\"");

        var sponsor = new PageClient(port);
        sponsor.get("/anmelden?weiter=" + page);
        var signedIn = sponsor.post("/anmelden", Map.of("benutzer", TestUsers.SPONSOR,
                "passwort", TestUsers.PASSWORD, "weiter", page));
        assertThat(signedIn.location()).endsWith(page);
        assertThat(sponsor.get(page).body()).contains("name=\"organisation\"", "value=\"Bildungswerk Salzland\"");

        var registered = sponsor.post(page + "/anmeldung", Map.of("organisation", "Bildungswerk Salzland",
                "name", "Paula Portal", "email", "paula.portal@example.org"));
        assertThat(registered.status()).isEqualTo(302);
        var confirmation = sponsor.get(page).body();
        assertThat(confirmation).contains("Ihre Organisation ist angemeldet.", page + "/abmeldung/")
                .doesNotContain("Paula Portal", "paula.portal@example.org");
        assertThat(sponsor.get(page).body()).as("the link is shown once").doesNotContain(page + "/abmeldung/");

        var second = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);
        second.get(page);
        second.post(page + "/anmeldung", Map.of("organisation", "Landkreis Harz", "name", "Hans Harz",
                "email", "hans@harz.example"));
        assertThat(second.get(page).body()).contains("Warteliste");
    }

    @Test
    void a_registration_without_an_organisation_or_its_token_or_a_sign_in_is_refused() {
        var page = "/veranstaltungen/" + publishedEvent(5);
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);
        auditor.get(page);

        auditor.post(page + "/anmeldung", Map.of("organisation", " ", "name", "Ida Prüf",
                "email", "ida@pruef.example"));
        assertThat(auditor.get(page).body()).contains("role=\"alert\"", "Namen der Organisation");
        auditor.post(page + "/anmeldung", Map.of("organisation", "Prüfamt", "name", "Ida Prüf",
                "email", "ida-at-pruef"));
        assertThat(auditor.get(page).body()).contains("role=\"alert\"", "gültige E-Mail-Adresse")
                .doesNotContain("ida-at-pruef");
        assertThat(auditor.postWithoutToken(page + "/anmeldung", Map.of("organisation", "Prüfamt")).status())
                .isEqualTo(403);
        var visitor = new PageClient(port);
        visitor.get(page);
        assertThat(visitor.post(page + "/anmeldung", Map.of("organisation", "Niemand")).status()).isIn(401, 403);
        assertThat(new ApiClient(port).get("/api/network-events/" + page.substring(page.lastIndexOf('/') + 1))
                .body()).doesNotContain("Prüfamt", "Niemand");
    }

    private String publishedEvent(int capacity) {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var day = LocalDate.now().plusDays(40);
        var created = office.post("/api/network-events", """
                {"title":"Fachtag Übergänge","description":"Austausch","start":"%sT10:00:00+01:00",
                 "end":"%sT15:00:00+01:00","location":"Halle","onlineUrl":null,"capacity":%d,"regionKeys":[]}"""
                .formatted(day, day, capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asString();
        assertThat(office.post("/api/network-events/" + id + "/publication", "{}").status()).isLessThan(300);
        org.awaitility.Awaitility.await().until(() -> new PageClient(port).get("/veranstaltungen/" + id).status() == 200);
        return id;
    }
}
