package de.regionet.infra.audit;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.infra.eventstore.HashV1Store;
import de.regionet.infra.mongo.TestMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance 2 and 3 of issue 16 through the running application: it starts on a store written with hash version 1
 * (the fixture), appends version-2 events as clients send commands (one of them continuing a version-1 stream),
 * verifies, and exports; {@code docs/verify-export.py}, a second implementation in Python with only its standard
 * library, re-verifies that export end to end and names the line of a changed character; tampering in the store
 * is reported at every altered position.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.mongo.database=exportscript", "regionet.eventstore.checkpoint-interval=8"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportScriptTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestMongo.Server SERVER = TestMongo.server("exportscript");

    static {
        try (var client = SERVER.client()) {
            HashV1Store.loadInto(client.getDatabase(SERVER.database()));
        }
    }

    @DynamicPropertySource
    static void theStoreWrittenWithVersion1(DynamicPropertyRegistry registry) {
        registry.add("regionet.mongo.uri", SERVER::uri);
        registry.add("regionet.mongo.database", SERVER::database);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    MongoDatabase database;

    @TempDir
    Path directory;

    private List<String> lines;

    @BeforeAll
    void versionTwoEventsAppendedByClients() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var coordinator = new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND);
        await().atMost(Duration.ofSeconds(30)).until(() -> coordinator.get("/api/working-groups?region=15089").json()
                .size() == 1);
        var group = coordinator.get("/api/working-groups?region=15089").json().get(0).get("id").asString();
        var admitted = coordinator.post("/api/working-groups/" + group + "/members", """
                {"organisation":"Verein „Neue Wege“ – Größe 🙂","category":"WELFARE_ASSOCIATION",
                 "admittedOn":"2023-01-01"}""");
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
        assertThat(office.post("/api/regions", """
                {"key":"15087","name":"Mansfeld-Südharz","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var news = office.post("/api/news", """
                {"title":"Ergebnisse \\"Regio AKTIV\\"","teaser":"Kurz","body":"Zeile 1\\n\\tZeile 2 C:\\\\Daten 🙂",
                 "tags":["Netzwerk"],"regionKeys":["15087"],"fundingAreas":[]}""");
        assertThat(news.status()).as(news.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> log.latestCheckpointUpTo(log.head())
                .filter(checkpoint -> checkpoint.to() >= HashV1Store.EVENTS).isPresent());
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    @Order(1)
    void the_store_with_both_hash_versions_verifies() {
        var verification = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/verification").json();
        assertThat(verification.get("result").asString()).as(verification.toString()).isEqualTo("ok");
        assertThat(verification.get("failures").asLong()).isZero();
        assertThat(verification.get("firstFailure").isNull()).isTrue();
        assertThat(verification.get("hashVersions").get("1").asLong()).isEqualTo(HashV1Store.EVENTS);
        assertThat(verification.get("hashVersions").get("2").asLong()).isGreaterThanOrEqualTo(3);
        var continued = database.getCollection("events").find(Filters.eq("_id", (long) HashV1Store.EVENTS)).first();
        assertThat(continued.get("hashVersion")).isEqualTo(2);
        assertThat(continued.getLong("seq")).as("continues a version-1 stream").isPositive();
    }

    @Test
    @Order(2)
    void the_export_states_its_hash_versions_and_verifies_in_java_and_in_python() throws Exception {
        lines = export();
        var manifest = JSON.readTree(lines.get(lines.size() - 1)).get("manifest");
        assertThat(manifest.get("format").asString()).isEqualTo("regionet-export/2");
        assertThat(manifest.get("hashVersions").toString()).isEqualTo("[1,2]");
        assertThat(manifest.get("checkpoint").get("hashVersions")).as(manifest.toString()).isNotNull();
        assertThat(JSON.readTree(lines.get(0)).get("hashVersion").asInt()).isEqualTo(1);
        var file = write("export.ndjson", lines);
        var java = ExportVerifier.verify(file, null, Map.of());
        assertThat(java.ok()).as(java.toString()).isTrue();

        var python = python(file);
        assertThat(python.exitCode()).as(python.output()).isZero();
        assertThat(python.output()).startsWith("OK ").contains("(complete export)", "versions [1, 2]",
                manifest.get("checkpoint").get("hash").asString());

        var key = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/export-key").json().get("jwk");
        var pinned = python(file, "--key", write("key.json", List.of(key.toString())).toString());
        assertThat(pinned.exitCode()).as(pinned.output()).isZero();
        var other = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString();
        var wrong = python(file, "--key", write("other.json", List.of(other)).toString());
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.output()).contains("not with the pinned key");
    }

    @Test
    @Order(3)
    void one_changed_character_fails_the_script_naming_its_line() throws Exception {
        int v1Line = 2;
        var v1 = new ArrayList<>(lines);
        v1.set(v1Line - 1, changeOneCharacter(v1.get(v1Line - 1), "\\\"name\\\":\\\""));
        var python = python(write("v1.ndjson", v1));
        assertThat(python.exitCode()).as(python.output()).isEqualTo(1);
        assertThat(python.output()).startsWith("FAILED at line " + v1Line + ": ").contains("1 line failed");

        int v2Line = HashV1Store.EVENTS + 1;
        var both = new ArrayList<>(v1);
        assertThat(JSON.readTree(both.get(v2Line - 1)).get("hashVersion").asInt()).isEqualTo(2);
        both.set(v2Line - 1, changeOneCharacter(both.get(v2Line - 1), "\"timestamp\":\""));
        python = python(write("both.ndjson", both));
        assertThat(python.exitCode()).as(python.output()).isEqualTo(1);
        assertThat(python.output()).startsWith("FAILED at line " + v1Line + ": ").contains("2 lines failed",
                "line " + v2Line + ": ");
        var java = ExportVerifier.verify(write("both.ndjson", both), null, Map.of());
        assertThat(java.line()).isEqualTo(v1Line);
        assertThat(java.failures()).isEqualTo(2);
        assertThat(java.firstFailures()).extracting(ExportVerifier.LineFailure::line).containsExactly((long) v1Line,
                (long) v2Line);
        assertThat(java.toString()).startsWith("FAILED at line " + v1Line + ":").contains("2 lines failed");
    }

    @Test
    @Order(4)
    void the_verification_reports_every_altered_position_of_either_version() {
        var events = database.getCollection("events");
        events.updateOne(Filters.eq("_id", 3L), Updates.set("payload", "{}"));
        long v2 = HashV1Store.EVENTS + 1;
        events.updateOne(Filters.eq("_id", v2), Updates.set("timestamp", "2020-01-01T00:00:00Z"));

        var verification = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/verification").json();
        assertThat(verification.get("result").asString()).isEqualTo("failed");
        assertThat(verification.get("failures").asLong()).as(verification.toString()).isEqualTo(2);
        assertThat(verification.get("firstFailure").get("position").asLong()).isEqualTo(3);
        assertThat(positions(verification.get("firstFailures"))).containsExactly(3L, v2);
        assertThat(verification.get("eventsChecked").asLong()).as("went on to the end")
                .isGreaterThan(HashV1Store.EVENTS + 2);
    }

    private static List<Long> positions(JsonNode failures) {
        var positions = new ArrayList<Long>();
        failures.forEach(failure -> positions.add(failure.get("position").asLong()));
        return positions;
    }

    /** Changes the character after {@code marker} (the first occurrence) into another letter. */
    private static String changeOneCharacter(String line, String marker) {
        int at = line.indexOf(marker);
        assertThat(at).as(marker + " in " + line).isNotNegative();
        at += marker.length();
        var chars = line.toCharArray();
        chars[at] = chars[at] == 'X' ? 'Y' : 'X';
        return new String(chars);
    }

    /** The complete export: only a reader of every network gets one (in an installation of several, the operator). */
    private List<String> export() {
        var export = new ApiClient(port).as(TestUsers.OPERATOR).get("/api/audit/events");
        assertThat(export.status()).isEqualTo(200);
        return export.body().lines().toList();
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs {@code python3 docs/verify-export.py} on the file; python3 must be installed (CI installs it). */
    private static Run python(Path file, String... options) throws Exception {
        var command = new ArrayList<>(List.of("python3", script().toString(), file.toString()));
        command.addAll(List.of(options));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            return fail("python3 is needed to run docs/verify-export.py (acceptance 3 of issue 16) but cannot be "
                    + "started: " + missing.getMessage() + ". Install Python 3 (e.g. apt-get install python3).");
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static Path script() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var script = dir.resolve("docs/verify-export.py");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        return fail("docs/verify-export.py not found above " + Path.of("").toAbsolutePath());
    }

    private Path write(String name, List<String> content) throws IOException {
        var file = directory.resolve(name);
        Files.write(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
