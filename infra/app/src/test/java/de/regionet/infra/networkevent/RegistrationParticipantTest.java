package de.regionet.infra.networkevent;

import com.mongodb.client.MongoDatabase;
import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.personal.PersonalDataVault;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Registrations that name their participant (issue 21): the contract of {@code POST …/registrations}, who sees the
 * participant (until erased), the personal cancellation link that works without signing in and moves the waiting
 * list up, and the stored documents, which hold neither name nor address in plain text.
 */
@RegioNetTest
class RegistrationParticipantTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    PersonalDataVault vault;

    @Test
    void the_office_and_auditors_see_the_participant_and_a_sponsor_and_the_public_do_not() {
        var event = publishedEvent(5);
        var person = Person.unique();
        var sponsor = api(TestUsers.SPONSOR);
        var registered = sponsor.post(registrations(event), person.registration("Bildungswerk Salzland"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.body()).doesNotContain(person.name(), person.email());

        for (var reader : new String[]{TestUsers.OFFICE, TestUsers.AUDITOR}) {
            await().untilAsserted(() -> {
                var registration = api(reader).get("/api/network-events/" + event).json().path("registrations")
                        .path(0);
                assertThat(registration.path("participant").path("name").asString()).isEqualTo(person.name());
                assertThat(registration.path("participant").path("email").asString()).isEqualTo(person.email());
                assertThat(registration.has("erased")).isFalse();
            });
        }
        assertThat(sponsor.get("/api/network-events/" + event).body()).doesNotContain(person.name(), person.email(),
                "registrations");
        assertThat(new ApiClient(port).get("/api/network-events/" + event).body())
                .doesNotContain(person.name(), person.email());
    }

    @Test
    void a_participant_needs_a_name_and_a_valid_address_and_the_problem_names_the_field_without_repeating_it() {
        var event = publishedEvent(5);
        var office = api(TestUsers.OFFICE);
        var invalid = office.post(registrations(event), """
                {"organisation":"Landkreis Harz","participant":{"name":"Rita Beispiel","email":"rita-at-harz"}}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("participant.email");
        assertThat(invalid.body()).doesNotContain("rita-at-harz", "Rita Beispiel");

        var nameless = office.post(registrations(event), """
                {"organisation":"Landkreis Harz","participant":{"email":"rita@harz.example"}}""");
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().get("errors").get(0).get("field").asString()).isEqualTo("participant.name");
        assertThat(nameless.body()).doesNotContain("rita@harz.example");

        var organisationOnly = office.post(registrations(event), """
                {"organisation":"Landkreis Harz"}""");
        assertThat(organisationOnly.status()).as("clients that name no participant keep working").isEqualTo(201);
    }

    @Test
    void whoever_holds_the_link_gives_the_place_back_without_signing_in_and_the_first_waiting_gets_it() {
        var event = publishedEvent(1);
        var first = api(TestUsers.SPONSOR).post(registrations(event), Person.unique().registration(
                "Bildungswerk Salzland"));
        var waiting = api(TestUsers.COORDINATOR_HARZ).post(registrations(event), Person.unique().registration(
                "Landkreis Harz"));
        assertThat(waiting.json().get("status").asString()).isEqualTo("WAITLISTED");
        var link = first.json().get("cancellationUrl").asString();
        assertThat(link).startsWith("/veranstaltungen/" + event + "/abmeldung/");

        var visitor = new PageClient(port);
        var page = visitor.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Anmeldung zurückgeben", "Fachtag Übergänge");
        assertThat(visitor.postWithoutToken(link, Map.of()).status()).as("the form keeps its CSRF token")
                .isEqualTo(403);
        var cancelled = visitor.post(link, Map.of());
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(cancelled.location()).endsWith("/veranstaltungen/" + event);

        await().untilAsserted(() -> {
            var registrations = api(TestUsers.OFFICE).get("/api/network-events/" + event).json().path("registrations");
            assertThat(registrations).hasSize(1);
            assertThat(registrations.path(0).path("organisation").asString()).isEqualTo("Landkreis Harz");
            assertThat(registrations.path(0).path("status").asString()).isEqualTo("REGISTERED");
        });
        var again = visitor.post(link, Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("role=\"alert\"", "keine aktive Anmeldung");
    }

    @Test
    void the_api_gives_a_registration_back_by_its_token_to_anyone_and_refuses_a_wrong_one() {
        var event = publishedEvent(3);
        var registered = api(TestUsers.SPONSOR).post(registrations(event), Person.unique().registration(
                "Bildungswerk Salzland"));
        var id = registered.json().get("id").asString();
        var token = registered.json().get("cancellationToken").asString();
        var anonymous = new ApiClient(port);

        var wrong = anonymous.delete(registrations(event) + "/" + id + "?token=" + "x".repeat(43));
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(anonymous.delete(registrations(event) + "/" + id).status())
                .as("without a token, only who registered or the office may").isEqualTo(401);
        assertThat(anonymous.delete(registrations(event) + "/" + id + "?token=" + token).status()).isEqualTo(204);
        assertThat(anonymous.delete(registrations(event) + "/" + id + "?token=" + token).status()).isEqualTo(404);
    }

    @Test
    void the_stored_documents_hold_neither_the_participants_name_nor_address() {
        var event = publishedEvent(5);
        var person = Person.unique();
        var registered = api(TestUsers.OFFICE).post(registrations(event), person.registration("Landkreis Harz"),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(registered.status()).isEqualTo(201);
        var token = registered.json().get("cancellationToken").asString();
        await().untilAsserted(() -> assertThat(api(TestUsers.OFFICE).get("/api/network-events/" + event).body())
                .contains(person.email()));

        for (var name : database.listCollectionNames()) {
            for (var document : database.getCollection(name).find()) {
                assertThat(document.toJson()).as("a document in %s", name)
                        .doesNotContain(person.name(), person.email(), token);
            }
        }
        assertThat(database.getCollection("events").countDocuments(new Document())).isPositive();
    }

    @Test
    void once_the_participants_key_is_destroyed_the_api_answers_erased_and_the_console_shows_geloescht() {
        var event = publishedEvent(5);
        var kept = Person.unique();
        var erased = Person.unique();
        var office = api(TestUsers.OFFICE);
        office.post(registrations(event), kept.registration("Landkreis Harz"));
        office.post(registrations(event), erased.registration("Bildungswerk Salzland"));
        var console = new PageClient(port).signIn(TestUsers.OFFICE);
        await().untilAsserted(() -> assertThat(console.get("/console/veranstaltungen/" + event).body())
                .contains(kept.name(), erased.name()));

        vault.subjectsByEmail(erased.email()).forEach(vault::erase);

        var registrations = office.get("/api/network-events/" + event).json().get("registrations");
        assertThat(registrations.get(0).get("participant").get("name").asString()).isEqualTo(kept.name());
        assertThat(registrations.get(1).get("erased").asBoolean()).isTrue();
        assertThat(registrations.get(1).get("participant").get("name").isNull()).isTrue();
        assertThat(registrations.get(1).get("participant").get("email").isNull()).isTrue();
        assertThat(registrations.get(1).get("organisation").asString()).isEqualTo("Bildungswerk Salzland");
        assertThat(console.get("/console/veranstaltungen/" + event).body()).contains(kept.name(), "gelöscht")
                .doesNotContain(erased.name());
    }

    @Test
    void a_history_import_records_a_registration_with_its_participant_for_an_event_long_past() {
        var office = api(TestUsers.OFFICE);
        var created = office.post("/api/network-events", """
                {"title":"Regionalkonferenz 2023","description":"Rückblick","start":"2023-11-08T10:00:00+01:00",
                 "end":"2023-11-08T16:00:00+01:00","location":"Magdeburg","capacity":80,"regionKeys":[]}""");
        var event = created.json().get("id").asString();
        assertThat(office.post("/api/network-events/" + event + "/publication", "{}").status()).isLessThan(300);
        var person = Person.unique();
        var line = UUID.randomUUID().toString();
        var file = """
                {"format":"regionet-import","version":1,"title":"Anmeldungen 2023","description":"Altbestand"}
                {"id":"%s","office":"network-office","effectiveOn":"2023-10-20","command":"RegisterForNetworkEvent",                "body":{"eventId":"%s","registrationId":"%s","organisation":"Bildungswerk Salzland",                "participant":{"name":"%s","email":"%s"}}}
                """.formatted(line, event, line, person.name(), person.email());

        var started = office.raw("POST", "/api/admin/imports", "application/x-ndjson",
                file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(started.status()).isEqualTo(202);
        await().untilAsserted(() -> assertThat(office.get(started.header("Location")).json().path("applied").asLong())
                .isEqualTo(1));

        await().untilAsserted(() -> assertThat(office.get("/api/network-events/" + event).json().path("registrations")
                .path(0).path("participant").path("email").asString()).isEqualTo(person.email()));
        assertThat(database.getCollection("deadlines").countDocuments(new Document("name",
                "registration-data-expiry"))).as("the grace period's deadline is kept").isPositive();
    }

    private ApiClient api(String user) {
        return new ApiClient(port).as(user);
    }

    private static String registrations(String event) {
        return "/api/network-events/" + event + "/registrations";
    }

    private String publishedEvent(int capacity) {
        var office = api(TestUsers.OFFICE);
        var day = LocalDate.now().plusDays(50);
        var created = office.post("/api/network-events", """
                {"title":"Fachtag Übergänge","description":"Austausch","start":"%sT10:00:00+01:00",
                 "end":"%sT15:00:00+01:00","location":"Halle","capacity":%d,"regionKeys":[]}"""
                .formatted(day, day, capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asString();
        assertThat(office.post("/api/network-events/" + id + "/publication", "{}").status()).isLessThan(300);
        await().until(() -> new ApiClient(port).get("/api/network-events/" + id).status() == 200);
        return id;
    }

    /** A person nobody else in the shared store has: so a scan finds them only where this test put them. */
    record Person(String name, String email) {

        static Person unique() {
            var tag = UUID.randomUUID().toString().substring(0, 8);
            return new Person("Erika Teilnehmerin" + tag, "erika." + tag + "@example.org");
        }

        String registration(String organisation) {
            return """
                    {"organisation":"%s","participant":{"name":"%s","email":"%s"}}"""
                    .formatted(organisation, name, email);
        }
    }
}
