package de.regionet.infra.audit;

import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance 2: an export of a store with 10,000 events is verified by the stand-alone verifier, as a plain call and
 * as its own process ({@code RegioNetApplication verify}); editing any one line makes it fail, naming that line.
 */
// Not @RegioNetTest: it exports and verifies the whole store, whose 10,000 events would slow down every test after it.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=exportverification"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportVerificationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int GROUPS = 100;
    private static final int EVENTS_PER_GROUP = 100;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventLog log;

    @TempDir
    Path directory;

    private List<String> lines;

    @BeforeAll
    void aStoreWithTenThousandEvents() {
        for (int group = 0; group < GROUPS; group++) {
            var id = new WorkingGroupId(UUID.randomUUID().toString());
            var region = new RegionKey(Integer.toString(97000 + group));
            var metaData = MetaData.with(EventMetaData.REGION_KEY, region.value())
                    .and(EventMetaData.PRINCIPAL, "office").and(EventMetaData.CORRELATION_ID, "load-" + group);
            var events = new ArrayList<EventMessage<?>>();
            events.add(new GenericDomainEventMessage<>("WorkingGroup", id.value(), 0,
                    new WorkingGroupEstablished(id, region, "RAK " + region), metaData));
            for (int seq = 1; seq < EVENTS_PER_GROUP; seq++) {
                events.add(new GenericDomainEventMessage<>("WorkingGroup", id.value(), seq,
                        new MemberAdmitted(id, MemberId.random(), "Jobcenter " + region + " " + seq,
                                StakeholderCategory.JOB_CENTRE, LocalDate.of(2024, 1, 1)), metaData));
            }
            eventStore.publish(events);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> log.latestCheckpointUpTo(log.head())
                .filter(checkpoint -> checkpoint.to() >= GROUPS * EVENTS_PER_GROUP - 256).isPresent());
        // the complete export: only a reader of every network gets one (in an installation of several, the operator)
        var export = new ApiClient(port).as(TestUsers.OPERATOR).get("/api/audit/events");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        lines = export.body().lines().toList();
    }

    @Test
    void the_export_of_ten_thousand_events_verifies_without_a_server() throws IOException {
        var manifest = manifest(lines);
        assertThat(manifest.get("complete").asBoolean()).isTrue();
        assertThat(manifest.get("events").asLong()).isGreaterThanOrEqualTo(GROUPS * EVENTS_PER_GROUP);
        assertThat(manifest.get("lines").asLong()).isEqualTo(lines.size() - 1);
        assertThat(manifest.get("firstPosition").asLong()).isZero();
        assertThat(manifest.get("checkpoint").get("to").asLong()).isGreaterThan(9_000);

        var result = ExportVerifier.verify(write("export.ndjson", lines), null, Map.of());
        assertThat(result.ok()).as(result.toString()).isTrue();
        assertThat(result.summary()).contains("(complete export)", "checkpoints 0..",
                manifest.get("checkpoint").get("hash").asString());
    }

    @Test
    void editing_an_events_content_fails_naming_its_line() throws IOException {
        int line = 5_000;
        var edited = new ArrayList<>(lines);
        assertThat(edited.get(line - 1)).contains("Jobcenter");
        edited.set(line - 1, edited.get(line - 1).replace("Jobcenter", "Jobcentre"));
        assertFailsAt(edited, line, "content does not match its hash");
    }

    @Test
    void an_edited_event_with_its_hash_recomputed_is_named_too() throws IOException {
        int line = 7_777;
        var edited = new ArrayList<>(lines);
        var event = (ObjectNode) JSON.readTree(edited.get(line - 1));
        event.put("payload", event.get("payload").asString().replace("2024-01-01", "2023-01-01"));
        var content = new de.regionet.infra.eventstore.EventDocuments.Content(event.get("aggregateType").asString(),
                event.get("aggregateId").asString(), event.get("sequence").asLong(), event.get("eventId").asString(),
                event.get("timestamp").asString(), event.get("payloadType").asString(), null,
                event.get("payload").asString(), event.get("metaData").asString());
        var version = de.regionet.infra.eventstore.HashVersion.of(event.get("hashVersion").asInt()).orElseThrow();
        event.put("hash", content.hash(version, event.get("position").asLong(), event.get("previousHash").asString()));
        edited.set(line - 1, JSON.writeValueAsString(event));
        assertFailsAt(edited, line, "altered");
    }

    @Test
    void a_removed_or_swapped_line_is_named() throws IOException {
        var removed = new ArrayList<>(lines);
        removed.remove(2_999);
        assertFailsAt(removed, 3_000, "removed");

        var swapped = new ArrayList<>(lines);
        swapped.set(99, lines.get(100));
        swapped.set(100, lines.get(99));
        assertFailsAt(swapped, 100, "numbered");

        var last = new ArrayList<>(lines);
        var event = (ObjectNode) JSON.readTree(last.get(last.size() - 2));
        event.put("previousHash", "0".repeat(64));
        last.set(last.size() - 2, JSON.writeValueAsString(event));
        assertFailsAt(last, last.size() - 1, "");
    }

    @Test
    void an_altered_or_missing_manifest_is_named() throws IOException {
        var altered = new ArrayList<>(lines);
        var manifestLine = (ObjectNode) JSON.readTree(altered.get(altered.size() - 1));
        ((ObjectNode) manifestLine.get("manifest")).put("events", 3);
        altered.set(altered.size() - 1, JSON.writeValueAsString(manifestLine));
        assertFailsAt(altered, altered.size(), "manifest");

        var cut = new ArrayList<>(lines.subList(0, 4_000));
        assertFailsAt(cut, 4_000, "cut off");
    }

    @Test
    void the_manifest_is_signed_with_the_published_export_key() throws Exception {
        var key = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/export-key").json();
        var pinned = com.nimbusds.jose.jwk.RSAKey.parse(key.get("jwk").toString());
        assertThat(pinned.isPrivate()).isFalse();
        var file = write("export.ndjson", lines);
        assertThat(ExportVerifier.verify(file, pinned, Map.of()).ok()).isTrue();
        assertThat(ExportVerifier.verify(file, null, Map.of()).summary()).contains(key.get("thumbprint").asString());

        var other = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).generate().toPublicJWK();
        var result = ExportVerifier.verify(file, other, Map.of());
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).contains("not with the pinned key");
    }

    @Test
    void a_checkpoint_kept_from_an_earlier_export_must_be_reproduced() throws IOException {
        var file = write("export.ndjson", lines);
        var checkpoint = manifest(lines).get("checkpoint");
        long number = checkpoint.get("number").asLong() - 3;
        var earlier = log.latestCheckpointUpTo(checkpoint.get("from").asLong() - 2 * 256 - 1).orElseThrow();
        assertThat(earlier.number()).isEqualTo(number);
        assertThat(ExportVerifier.verify(file, null, Map.of(number, earlier.hash())).ok()).isTrue();
        var result = ExportVerifier.verify(file, null, Map.of(number, "f".repeat(64)));
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).contains("checkpoint " + number);
    }

    @Test
    void filtered_exports_verify_and_hold_only_what_was_asked_for() throws IOException {
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var region = auditor.get("/api/audit/events?region=97042").body().lines().toList();
        assertThat(region).hasSize(EVENTS_PER_GROUP + 1);
        assertThat(manifest(region).get("complete").asBoolean()).isFalse();
        var result = ExportVerifier.verify(write("region.ndjson", region), null, Map.of());
        assertThat(result.ok()).as(result.toString()).isTrue();
        assertThat(result.summary()).contains("(filtered export)", "chains of 1 streams");

        var request = auditor.get("/api/audit/events?correlationId=load-7&type=MemberAdmitted").body().lines()
                .toList();
        assertThat(request).hasSize(EVENTS_PER_GROUP);
        assertThat(ExportVerifier.verify(write("request.ndjson", request), null, Map.of()).ok()).isTrue();

        assertThat(auditor.get("/api/audit/events?type=working-group&from=2001-01-01&to=2001-12-31").body()
                .lines().count()).as("only the manifest").isEqualTo(1);
        assertThat(auditor.get("/api/audit/events?type=no-such-thing").status()).isEqualTo(422);
        assertThat(auditor.get("/api/audit/events?region=123").status()).isEqualTo(400);
        assertThat(auditor.get("/api/audit/events?from=2024-02-01&to=2024-01-01").status()).isEqualTo(422);
        assertThat(new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND).get("/api/audit/events").status())
                .isEqualTo(403);
    }

    @Test
    void the_verify_mode_of_the_application_runs_as_its_own_process_without_spring() throws Exception {
        var good = write("export.ndjson", lines);
        var verified = run(good);
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output().lines()).as("libraries may log a line; the verdict is a line of its own")
                .anySatisfy(line -> assertThat(line).startsWith("OK ").contains("complete export"));

        var edited = new ArrayList<>(lines);
        edited.set(1_233, edited.get(1_233).replace("Jobcenter", "Jobcentre"));
        edited.set(5_999, edited.get(5_999).replace("Jobcenter", "Jobcentre"));
        var failed = run(write("edited.ndjson", edited));
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.output()).as("the first bad line, how many, and each of them")
                .contains("FAILED at line 1234", "2 lines failed", "line 1234: ", "line 6000: ");

        var usage = new ByteArrayOutputStream();
        assertThat(ExportVerifier.run(new String[]{"verify"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(usage))).isEqualTo(2);
        assertThat(usage.toString(StandardCharsets.UTF_8)).contains("usage");
    }

    private record Process(int exitCode, String output) {
    }

    private Process run(Path file) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var process = new ProcessBuilder(java, "-cp", classpath, "de.regionet.infra.RegioNetApplication", "verify",
                file.toString()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).doesNotContain("Spring", "Tomcat", "Mongo");
        return new Process(process.exitValue(), output);
    }

    private void assertFailsAt(List<String> edited, long line, String reason) throws IOException {
        var result = ExportVerifier.verify(write("edited.ndjson", edited), null, Map.of());
        assertThat(result.ok()).as("verified although edited").isFalse();
        assertThat(result.line()).as(result.toString()).isEqualTo(line);
        assertThat(result.reason()).contains(reason);
        assertThat(result.toString()).startsWith("FAILED at line " + line + ":");
    }

    private static tools.jackson.databind.JsonNode manifest(List<String> lines) {
        return JSON.readTree(lines.get(lines.size() - 1)).get("manifest");
    }

    private Path write(String name, List<String> content) throws IOException {
        var file = directory.resolve(name);
        Files.write(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
