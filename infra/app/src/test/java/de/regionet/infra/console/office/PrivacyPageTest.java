package de.regionet.infra.console.office;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network office's data-protection page: a person named by e-mail address shows what is stored about them, an
 * erasure needs a confirmation and then shows the person erased; only the network office opens it.
 */
@RegioNetTest
class PrivacyPageTest {

    @LocalServerPort
    int port;

    @Test
    void the_office_finds_a_person_by_address_sees_the_records_and_erases_them_after_confirming() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        var recorded = api.post("/api/contact-persons", """
                {"kind":"NETWORK_OFFICE","name":"Greta Lindner","function":"Referentin",
                 "telephone":"0391 567-8899","email":"greta.lindner@example.org"}""");
        assertThat(recorded.status()).isEqualTo(201);
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        assertThat(office.get("/console/datenschutz").body()).contains("Auskunft und Löschung");

        var found = office.post("/console/datenschutz/auskunft", Map.of("email", "Greta.Lindner@example.org"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("Kontaktperson", "Greta Lindner", "0391 567-8899", "Endgültig löschen");

        var unconfirmed = office.post("/console/datenschutz/loeschung", Map.of("email", "greta.lindner@example.org"));
        assertThat(unconfirmed.body()).contains("role=\"alert\"", "Bitte bestätigen Sie die Löschung.");

        var erased = office.post("/console/datenschutz/loeschung",
                Map.of("email", "greta.lindner@example.org", "confirmed", "true"));
        assertThat(erased.status()).isEqualTo(302);
        assertThat(office.get(java.net.URI.create(erased.location()).getPath()).body()).contains("Gelöscht: 1 Schlüssel, 1 Einträge.");
        assertThat(office.get("/console/kontakte").body()).doesNotContain("Greta Lindner").contains("gelöscht");
        assertThat(office.post("/console/datenschutz/auskunft", Map.of("email", "greta.lindner@example.org")).body())
                .contains("Unter dieser Angabe ist nichts gespeichert.");
    }

    @Test
    void a_person_is_named_by_exactly_one_field_and_an_address_must_be_one() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/datenschutz");

        assertThat(office.post("/console/datenschutz/auskunft", Map.of()).body())
                .contains("Bitte geben Sie entweder eine E-Mail-Adresse oder einen Benutzernamen an.");
        assertThat(office.post("/console/datenschutz/auskunft", Map.of("email", "keine-adresse")).body())
                .contains("Die E-Mail-Adresse ist keine gültige Adresse.").doesNotContain("value=\"keine-adresse\"");
    }

    @Test
    void only_the_network_office_opens_it() {
        var coordinator = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);

        assertThat(coordinator.get("/console/datenschutz").status()).isEqualTo(403);
    }
}
