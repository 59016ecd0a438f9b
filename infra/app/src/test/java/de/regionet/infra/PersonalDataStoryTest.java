package de.regionet.infra;

import de.regionet.infra.audit.ExportVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 21, acceptance 1 to 3, on the H2 file as it is run (page compression off, so that text written in plain form
 * would show): contact persons and named participants are recorded; neither the data file nor an export holds their
 * names, addresses or telephone numbers; an access request shows everything about one person and nothing about
 * another; an erasure shows that person erased everywhere, leaves the others intact, keeps the store verifying, lets
 * exports made before and after verify offline, and a replay of every read model still shows the person erased.
 */
class PersonalDataStoryTest {

    private static final String[] PLAIN_FILE = {"regionet.embedded.h2.compress=false",
            "regionet.security.rate-limit.enabled=false"};
    private static final List<String> ANNA = List.of("Annegret Sommerfeld", "annegret.sommerfeld@harz.example",
            "03941 55-7788");
    private static final List<String> BERND = List.of("Bernhard Winterstein", "b.winterstein@salzland.example",
            "03471 66-1122");

    @TempDir
    Path dataDir;

    @Test
    void a_person_is_sealed_everywhere_shown_to_the_office_and_erased_for_good() throws IOException {
        String event;
        List<String> exportBefore;
        try (var app = RunningApplication.start(dataDir, PLAIN_FILE)) {
            var office = app.api();
            record(office, "NETWORK_OFFICE", ANNA);
            record(office, "NETWORK_OFFICE", BERND);
            event = publishedEvent(office);
            register(office, event, "Landkreis Harz", ANNA);
            register(office, event, "Salzlandkreis", BERND);
            app.awaitProcessorsCaughtUp();
            exportBefore = export(app.port());
        }

        var data = Files.readAllBytes(dataDir.resolve("regionet.mv.db"));
        var asText = new String(data, StandardCharsets.ISO_8859_1);
        var asUtf8 = new String(data, StandardCharsets.UTF_8);
        for (var personal : concat(ANNA, BERND)) {
            assertThat(asText).as("the H2 file").doesNotContain(personal);
            assertThat(asUtf8).as("the H2 file").doesNotContain(personal);
            assertThat(String.join("\n", exportBefore)).as("the export").doesNotContain(personal);
        }
        assertThat(ExportVerifier.verify(write("before.ndjson", exportBefore), null, Map.of()).ok()).isTrue();

        try (var app = RunningApplication.start(dataDir, PLAIN_FILE)) {
            var office = app.api();
            var disclosed = office.get("/api/personal-data?email=" + ANNA.get(1));
            assertThat(disclosed.status()).isEqualTo(200);
            assertThat(disclosed.body()).contains(ANNA.get(0), ANNA.get(1), ANNA.get(2))
                    .doesNotContain(BERND.get(0), BERND.get(1), BERND.get(2));
            assertThat(kinds(disclosed.json().get("records"))).containsExactlyInAnyOrder("contact-person",
                    "registration");

            var erased = office.post("/api/personal-data/erasures", """
                    {"email":"%s"}""".formatted(ANNA.get(1)));
            assertThat(erased.status()).isEqualTo(200);
            assertThat(erased.json().get("erased")).hasSize(2);
            assertThat(erased.body()).doesNotContain(ANNA.get(0));

            assertErasedAndOthersIntact(office, event);
            assertThat(office.get("/api/audit/verification").json().get("result").asString()).isEqualTo("ok");
            assertThat(ExportVerifier.verify(write("after.ndjson", export(app.port())), null, Map.of()).ok())
                    .isTrue();

            var replayed = replayEveryReadModel(office);
            assertThat(replayed).contains("contact_persons");
            app.awaitProcessorsCaughtUp();
            assertErasedAndOthersIntact(office, event);
            assertThat(office.get("/api/personal-data?email=" + ANNA.get(1)).json().get("subjects")).isEmpty();
        }
    }

    private static void assertErasedAndOthersIntact(ApiClient office, String event) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var contacts = office.get("/api/contact-persons?networkOffice=true").json();
            var anna = contacts.valueStream().filter(c -> c.path("erased").asBoolean()).toList();
            var bernd = contacts.valueStream().filter(c -> BERND.get(0).equals(c.path("name").asString()))
                    .toList();
            assertThat(anna).hasSize(1);
            assertThat(anna.get(0).path("name").isNull()).isTrue();
            assertThat(bernd).hasSize(1);
            assertThat(bernd.get(0).path("email").asString()).isEqualTo(BERND.get(1));
            var registrations = office.get("/api/network-events/" + event).json().path("registrations");
            for (var registration : registrations) {
                if ("Landkreis Harz".equals(registration.path("organisation").asString())) {
                    assertThat(registration.path("erased").asBoolean()).isTrue();
                    assertThat(registration.path("participant").path("name").isNull()).isTrue();
                } else {
                    assertThat(registration.path("participant").path("name").asString()).isEqualTo(BERND.get(0));
                }
            }
        });
    }

    private static List<String> replayEveryReadModel(ApiClient office) {
        var replayed = new ArrayList<String>();
        for (var processor : office.get("/api/admin/projections").json()) {
            var name = processor.get("name").asString();
            if (office.post("/api/admin/projections/" + name + "/replay", "").status() == 202) {
                replayed.add(name);
            }
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> office.get("/api/admin/projections").json()
                .valueStream().allMatch(status -> !"replaying".equals(status.get("state").asString())
                        && status.get("rebuilding").isEmpty()));
        return replayed;
    }

    private static void record(ApiClient office, String kind, List<String> person) {
        var recorded = office.post("/api/contact-persons", """
                {"kind":"%s","name":"%s","function":"Referentin","telephone":"%s","email":"%s"}"""
                .formatted(kind, person.get(0), person.get(2), person.get(1)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var id = recorded.json().get("id").asString();
        assertThat(office.post("/api/contact-persons/" + id + "/consent", "{}").status()).isLessThan(300);
    }

    private static String publishedEvent(ApiClient office) {
        var start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var created = office.post("/api/network-events", """
                {"title":"Fachtag Fachkräfte","description":"Austausch","start":"%s","end":"%s",
                 "location":"Halle","capacity":10,"regionKeys":[]}""".formatted(start, start.plusSeconds(3600)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asString();
        assertThat(office.post("/api/network-events/" + id + "/publication", "{}").status()).isLessThan(300);
        return id;
    }

    private static void register(ApiClient office, String event, String organisation, List<String> person) {
        var registered = office.post("/api/network-events/" + event + "/registrations", """
                {"organisation":"%s","participant":{"name":"%s","email":"%s"}}"""
                .formatted(organisation, person.get(0), person.get(1)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    private static List<String> export(int port) {
        var export = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/events");
        assertThat(export.status()).isEqualTo(200);
        return export.body().lines().toList();
    }

    private static List<String> kinds(JsonNode records) {
        return records.valueStream().map(record -> record.get("kind").asString()).toList();
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dataDir.resolveSibling(dataDir.getFileName() + "-" + name), lines);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
