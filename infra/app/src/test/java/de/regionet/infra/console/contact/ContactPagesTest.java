package de.regionet.infra.console.contact;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.personal.PersonalDataVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Contact persons on the pages: the coordination of the Harz test region 99438 records its office's contact with
 * consent and a chair without, the portal's region page shows only the consented, a refused form names the field
 * without repeating the value, a coordinator of another region gets the 403 page, the network office keeps its own
 * contacts on {@code /console/kontakte} (an office of another network sees none of them there), and an erased person
 * reads "gelöscht" in the console and is gone from the portal.
 */
@RegioNetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactPagesTest {

    private static final String REGION = "99438";
    private static final String PAGE = "/console/regionen/" + REGION + "/kontakte";
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataVault vault;

    @BeforeAll
    void aRegionWithAWorkingGroup() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Landkreis Kontaktseite","kind":"DISTRICT"}""".formatted(REGION)).status())
                .isEqualTo(201);
        Rak.constitute(office, REGION, "Landkreis Kontaktseite");
        await().atMost(PATIENCE).until(() -> new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ).get(PAGE)
                .body().contains("WORKING_GROUP_CHAIR"));
    }

    private PageClient coordinator() {
        var client = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);
        client.get(PAGE);
        return client;
    }

    private static PageClient.Page followed(PageClient client, PageClient.Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        return client.get(URI.create(answer.location()).getPath());
    }

    @Test
    void the_coordination_records_contacts_and_the_portal_shows_only_those_who_consented() {
        var client = coordinator();
        var saved = followed(client, client.post(PAGE, Map.of("kind", "COORDINATION_OFFICE",
                "name", "Greta Seitenprobe", "function", "Regionalkoordinatorin", "telephone", "03941 555-0303",
                "email", "greta.seitenprobe@example.org", "consented", "true")));
        assertThat(saved.body()).contains("Die Kontaktperson wurde gespeichert.", "Greta Seitenprobe",
                "03941 555-0303", "erteilt am");
        var chair = followed(client, client.post(PAGE, Map.of("kind", "WORKING_GROUP_CHAIR",
                "name", "Hans Seitenprobe", "email", "hans.seitenprobe@example.org")));
        assertThat(chair.body()).contains("Hans Seitenprobe", "Vorsitz des Arbeitskreises");

        var portal = new PageClient(port).get("/netzwerk/" + REGION);
        assertThat(portal.status()).isEqualTo(200);
        assertThat(portal.body()).contains("Ansprechpersonen", "Greta Seitenprobe", "mailto:greta.seitenprobe@example.org")
                .doesNotContain("Hans Seitenprobe");

        var subject = vault.subjectsByEmail("greta.seitenprobe@example.org");
        assertThat(subject).hasSize(1);
        vault.erase(subject.get(0));
        assertThat(client.get(PAGE).body()).contains("gelöscht", "Hans Seitenprobe")
                .doesNotContain("Greta Seitenprobe", "greta.seitenprobe@example.org");
        assertThat(new PageClient(port).get("/netzwerk/" + REGION).body()).doesNotContain("Greta Seitenprobe");
    }

    @Test
    void a_refused_contact_comes_back_as_an_alert_naming_the_field_without_the_value() {
        var client = coordinator();
        var refused = followed(client, client.post(PAGE, Map.of("kind", "COORDINATION_OFFICE",
                "name", "Ida Seitenprobe", "telephone", "bitte zurückrufen")));
        assertThat(refused.body()).contains("role=\"alert\"", "Das wurde nicht gespeichert", "Telefon")
                .doesNotContain("bitte zurückrufen");
    }

    @Test
    void a_coordinator_of_another_region_gets_the_403_page_and_cannot_post() {
        var dessau = new PageClient(port).signIn(TestUsers.COORDINATOR_DESSAU);
        var page = dessau.get(PAGE);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Kein Zugriff").doesNotContain("Seitenprobe");
        dessau.get("/console");
        assertThat(dessau.post(PAGE, Map.of("kind", "COORDINATION_OFFICE", "name", "Jan Fremd")).status())
                .isEqualTo(403);
    }

    @Test
    void the_network_office_keeps_its_own_contacts_on_its_page() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        assertThat(office.get("/console").body()).contains("/console/kontakte");
        office.get("/console/kontakte");
        var saved = followed(office, office.post("/console/kontakte", Map.of("name", "Karla Bueroprobe",
                "function", "Netzwerkstelle", "email", "karla.bueroprobe@example.org")));
        assertThat(saved.body()).contains("Die Kontaktperson wurde gespeichert.", "Karla Bueroprobe",
                "Einwilligung erfassen");
        var refused = followed(office, office.post("/console/kontakte", Map.of("name", "Karla Bueroprobe",
                "email", "karla at example")));
        assertThat(refused.body()).contains("role=\"alert\"", "E-Mail").doesNotContain("karla at example");
        assertThat(new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ).get("/console/kontakte").status())
                .isEqualTo(403);
    }

    @Test
    void an_office_sees_only_its_own_networks_office_contacts_on_its_page() {
        var nrw = new PageClient(port).signIn(TestUsers.OFFICE_NRW);
        nrw.get("/console/kontakte");
        var saved = followed(nrw, nrw.post("/console/kontakte", Map.of("name", "Nils Rheinprobe",
                "function", "Regionalagenturen NRW", "email", "nils.rheinprobe@example.org")));
        assertThat(saved.body()).contains("Die Kontaktperson wurde gespeichert.", "Nils Rheinprobe");

        var office = new PageClient(port).signIn(TestUsers.OFFICE).get("/console/kontakte");
        assertThat(office.status()).isEqualTo(200);
        assertThat(office.body()).doesNotContain("Nils Rheinprobe");
    }
}
