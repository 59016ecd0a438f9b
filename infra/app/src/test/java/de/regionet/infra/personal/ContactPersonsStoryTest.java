package de.regionet.infra.personal;

import com.mongodb.client.MongoDatabase;
import de.regionet.infra.ApiClient;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.personal.PersonalDataVault;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Contact persons as clients see them: the network office records the coordination office's contact of a region
 * and a working group's chair, changes one (If-Match), records a consent; the public sees only the consented, and
 * only their four details; an erased person reads {@code erased} while the other stays intact; a coordinator of
 * another region is refused; and the stored events and read documents hold no name, address or number in plain.
 */
@RegioNetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactPersonsStoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String REGION = "99501";
    private static final String RAK_REGION = "99502";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    PersonalDataVault vault;

    ApiClient office;
    ApiClient anonymous;

    @BeforeAll
    void setUp() {
        office = new ApiClient(port).as(TestUsers.OFFICE);
        anonymous = new ApiClient(port);
        for (var key : List.of(REGION, RAK_REGION)) {
            var registered = office.post("/api/regions", """
                    {"key":"%s","name":"Landkreis Kontakt %s","kind":"DISTRICT"}""".formatted(key, key));
            assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        }
    }

    private String record(ApiClient api, String body) {
        var created = api.post("/api/contact-persons", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode awaitContact(String id, long version) {
        await().atMost(PATIENCE).until(() -> {
            var read = office.get("/api/contact-persons/" + id);
            return read.status() == 200 && read.json().get("version").asLong() == version;
        });
        return office.get("/api/contact-persons/" + id).json();
    }

    @Test
    void contacts_are_sealed_when_stored_opened_when_read_shown_publicly_with_consent_and_erased_for_good() {
        var anna = record(office, """
                {"kind":"COORDINATION_OFFICE","regionKey":"%s","name":"Anna Kontaktprobe",
                 "function":"Regionalkoordinatorin","telephone":"+49 3471 555-0101",
                 "email":"anna.kontaktprobe@example.org"}""".formatted(REGION));
        var bernd = record(office, """
                {"kind":"COORDINATION_OFFICE","regionKey":"%s","name":"Bernd Kontaktprobe",
                 "telephone":"03471 555-0202","email":"bernd.kontaktprobe@example.org"}""".formatted(REGION));

        var changed = office.put("/api/contact-persons/" + anna, """
                {"name":"Anna Kontaktprobe","function":"Leiterin der REKO","telephone":"+49 3471 555-0101",
                 "email":"anna.kontaktprobe@example.org"}""", "If-Match", "\"0\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        var stale = office.put("/api/contact-persons/" + anna, """
                {"name":"Anna Kontaktprobe"}""", "If-Match", "\"0\"");
        assertThat(stale.status()).as("a change based on an older version").isIn(409, 412);

        var consent = office.post("/api/contact-persons/" + anna + "/consent", "{}", "If-Match", "\"1\"");
        assertThat(consent.status()).as(consent.body()).isEqualTo(204);
        var read = awaitContact(anna, 2);
        assertThat(read.get("function").asString()).isEqualTo("Leiterin der REKO");
        assertThat(read.get("email").asString()).isEqualTo("anna.kontaktprobe@example.org");
        assertThat(read.get("erased").asBoolean()).isFalse();
        assertThat(read.get("consent").get("given").asBoolean()).isTrue();
        assertThat(names(office.get("/api/contact-persons?regionKey=" + REGION).json()))
                .contains("Anna Kontaktprobe", "Bernd Kontaktprobe");

        var shown = anonymous.get("/api/public/contact-persons?regionKey=" + REGION);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(names(shown.json())).containsExactly("Anna Kontaktprobe");
        var fields = new ArrayList<String>();
        shown.json().get(0).propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("name", "function", "telephone", "email");
        assertThat(anonymous.get("/api/contact-persons?regionKey=" + REGION).status())
                .as("the full list is for signed-in readers").isIn(401, 403);

        assertThat(storedText()).doesNotContain("Kontaktprobe", "kontaktprobe@example.org", "555-0101",
                "555-0202", "Leiterin der REKO");

        var annasSubject = vault.subjectsByEmail("anna.kontaktprobe@example.org");
        assertThat(annasSubject).hasSize(1);
        vault.erase(annasSubject.get(0));
        var erased = office.get("/api/contact-persons/" + anna).json();
        assertThat(erased.get("erased").asBoolean()).isTrue();
        assertThat(erased.get("name").isNull()).isTrue();
        assertThat(erased.get("email").isNull()).isTrue();
        var intact = office.get("/api/contact-persons/" + bernd).json();
        assertThat(intact.get("erased").asBoolean()).isFalse();
        assertThat(intact.get("name").asString()).isEqualTo("Bernd Kontaktprobe");
        assertThat(anonymous.get("/api/public/contact-persons?regionKey=" + REGION).json()).isEmpty();
    }

    @Test
    void a_chair_belongs_to_the_working_groups_region_and_a_coordinator_of_another_region_is_refused() {
        var rak = Rak.constitute(office, RAK_REGION, "Kontaktkreis");
        var chair = record(office, """
                {"kind":"WORKING_GROUP_CHAIR","workingGroupId":"%s","name":"Carla Vorsitzprobe",
                 "email":"carla.vorsitzprobe@example.org"}""".formatted(rak.id()));
        var read = awaitContact(chair, 0);
        assertThat(read.get("regionKey").asString()).isEqualTo(RAK_REGION);
        assertThat(names(office.get("/api/contact-persons?workingGroupId=" + rak.id()).json()))
                .containsExactly("Carla Vorsitzprobe");

        var dessau = new ApiClient(port).as(TestUsers.COORDINATOR_DESSAU);
        var recorded = dessau.post("/api/contact-persons", """
                {"kind":"COORDINATION_OFFICE","regionKey":"%s","name":"Dora Fremdprobe"}""".formatted(RAK_REGION));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(403);
        assertThat(dessau.put("/api/contact-persons/" + chair, """
                {"name":"Dora Fremdprobe"}""").status()).isEqualTo(403);
        assertThat(dessau.delete("/api/contact-persons/" + chair).status()).isEqualTo(403);
        assertThat(dessau.get("/api/contact-persons?regionKey=" + RAK_REGION).status()).isEqualTo(403);
        assertThat(dessau.get("/api/contact-persons/" + chair).status()).isEqualTo(403);
        var networkOffice = dessau.post("/api/contact-persons", """
                {"kind":"NETWORK_OFFICE","name":"Dora Fremdprobe"}""");
        assertThat(networkOffice.status()).as("only the network office keeps its contacts").isEqualTo(403);
    }

    @Test
    void invalid_details_are_refused_naming_the_field_without_repeating_the_value() {
        var telephone = office.post("/api/contact-persons", """
                {"kind":"NETWORK_OFFICE","name":"Erik Eingabeprobe","telephone":"ruf mich an"}""");
        assertThat(telephone.status()).isEqualTo(400);
        assertThat(telephone.contentType()).startsWith("application/problem+json");
        assertThat(telephone.body()).contains("telephone").doesNotContain("ruf mich an");
        var email = office.post("/api/contact-persons", """
                {"kind":"NETWORK_OFFICE","name":"Erik Eingabeprobe","email":"erik bei example"}""");
        assertThat(email.status()).isEqualTo(400);
        assertThat(email.body()).contains("email").doesNotContain("erik bei example");
        var noRegion = office.post("/api/contact-persons", """
                {"kind":"COORDINATION_OFFICE","name":"Erik Eingabeprobe"}""");
        assertThat(noRegion.status()).as("a domain rule: 422 like every Rejection.invalid").isEqualTo(422);
        assertThat(noRegion.body()).contains("regionKey").doesNotContain("Eingabeprobe");
        var noName = office.post("/api/contact-persons", """
                {"kind":"NETWORK_OFFICE","name":" "}""");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("name");
    }

    /** Every event, snapshot and contact document as stored, as one text. */
    private String storedText() {
        var text = new StringBuilder();
        var collections = new ArrayList<>(List.of("events", "snapshots"));
        database.listCollectionNames().forEach(name -> {
            if (name.startsWith("contact_persons")) {
                collections.add(name);
            }
        });
        for (var collection : collections) {
            for (Document document : database.getCollection(collection).find()) {
                text.append(document.toJson()).append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> names(JsonNode contacts) {
        var names = new ArrayList<String>();
        contacts.forEach(contact -> names.add(contact.get("name").isNull() ? null : contact.get("name").asString()));
        return names;
    }
}
