package de.regionet.infra.audit;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.auditlog.AuditLogId;
import de.regionet.kernel.personal.PersonalDataVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 22, the audit trail confined to the reader's networks: an auditor of Saxony-Anhalt (`auditor`) and the
 * office of North Rhine-Westphalia, who audits Hesse (`office-nrw`), each list, read, trace and export the streams
 * of their own networks only, a stream of another network answering 404 as one that does not exist; the operator
 * reads everything. {@code /topic/audit} delivers each event to the readers of its network only. Test regions of
 * this class: 95731–95739 (Saxony-Anhalt's test territories), 05366 and 05362 (North Rhine-Westphalia).
 */
@RegioNetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditNetworksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SA_REGION = "95731";
    private static final String NRW_REGION = "05366";

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    PersonalDataVault vault;

    @TempDir
    Path directory;

    ApiClient auditor;
    ApiClient officeNrw;
    ApiClient operator;

    @BeforeAll
    void aRegionInEachOfTwoNetworks() {
        auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        officeNrw = new ApiClient(port).as(TestUsers.OFFICE_NRW);
        operator = new ApiClient(port).as(TestUsers.OPERATOR);
        register(new ApiClient(port).as(TestUsers.OFFICE), SA_REGION, "Testkreis Anhalt");
        register(officeNrw, NRW_REGION, "Kreis Euskirchen");
        await().atMost(Duration.ofSeconds(20)).until(() -> streamIds(operator, "region")
                .containsAll(List.of(SA_REGION, NRW_REGION)));
    }

    @Test
    void each_reader_lists_the_streams_of_its_own_networks_and_the_operator_all() {
        assertThat(streamIds(auditor, "region")).contains(SA_REGION).doesNotContain(NRW_REGION)
                .allMatch(key -> !key.startsWith("05") && !key.startsWith("06"));
        assertThat(streamIds(officeNrw, "region")).contains(NRW_REGION).doesNotContain(SA_REGION)
                .allMatch(key -> key.startsWith("05") || key.startsWith("06"));
        assertThat(streamIds(operator, "region")).contains(SA_REGION, NRW_REGION);

        assertThat(officeNrw.get("/api/audit/streams/region?network=hessen").status())
                .as("office-nrw audits Hesse").isEqualTo(200);
        assertThat(officeNrw.get("/api/audit/streams/region?network=sachsen-anhalt").status()).isEqualTo(403);
        assertThat(auditor.get("/api/audit/streams/no-such-type").status()).isEqualTo(404);
    }

    @Test
    void a_stream_of_another_network_is_unknown_to_its_reader() {
        for (var path : List.of("/api/audit/streams/region/%s/events", "/api/audit/streams/region/%s/state",
                "/api/audit/streams/region/%s/state?asOf=2099-01-01", "/api/audit/lineage/region/%s")) {
            var foreign = officeNrw.get(path.formatted(SA_REGION));
            assertThat(foreign.status()).as("office-nrw " + path).isEqualTo(404);
            assertThat(foreign.contentType()).startsWith("application/problem+json");
            assertThat(foreign.body()).as("as for a stream that does not exist")
                    .contains("no region " + SA_REGION + " in the event store");
            assertThat(auditor.get(path.formatted(NRW_REGION)).status()).as("auditor " + path).isEqualTo(404);

            assertThat(auditor.get(path.formatted(SA_REGION)).status()).as("auditor " + path).isEqualTo(200);
            assertThat(officeNrw.get(path.formatted(NRW_REGION)).status()).as("office-nrw " + path).isEqualTo(200);
            assertThat(operator.get(path.formatted(SA_REGION)).status()).as("operator " + path).isEqualTo(200);
            assertThat(operator.get(path.formatted(NRW_REGION)).status()).as("operator " + path).isEqualTo(200);
        }
    }

    @Test
    void a_network_wide_stream_belongs_to_the_network_its_creating_event_records() {
        var drafted = officeNrw.post("/api/news", """
                {"title":"Regionalagenturen tagen","teaser":"Kurz","body":"Text","regionKeys":[],"fundingAreas":[]}""");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        var article = drafted.json().get("id").asString();
        var events = "/api/audit/streams/news-article/" + article + "/events";

        assertThat(officeNrw.get(events).status()).isEqualTo(200);
        assertThat(operator.get(events).status()).isEqualTo(200);
        assertThat(auditor.get(events).status()).as("a draft of NRW's, no region named").isEqualTo(404);
        await().atMost(Duration.ofSeconds(20)).until(() -> streamIds(operator, "news-article").contains(article));
        assertThat(streamIds(officeNrw, "news-article")).contains(article);
        assertThat(streamIds(auditor, "news-article")).doesNotContain(article);
    }

    @Test
    void the_auditors_console_shows_the_readers_networks_only() {
        var nrwPages = new PageClient(port).signIn(TestUsers.OFFICE_NRW);
        var list = nrwPages.get("/console/pruefung?typ=region");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(NRW_REGION).doesNotContain(SA_REGION);
        assertThat(nrwPages.get("/console/pruefung/region/" + SA_REGION).status()).isEqualTo(404);
        assertThat(nrwPages.get("/console/pruefung/region/" + SA_REGION + "/herkunft").status()).isEqualTo(404);
        assertThat(nrwPages.get("/console/pruefung/region/" + NRW_REGION).status()).isEqualTo(200);

        var saPages = new PageClient(port).signIn(TestUsers.AUDITOR);
        assertThat(saPages.get("/console/pruefung?typ=region").body()).contains(SA_REGION).doesNotContain(NRW_REGION);
        assertThat(saPages.get("/console/pruefung/region/" + NRW_REGION).status()).isEqualTo(404);
        var download = saPages.get("/console/pruefung/export").body().lines().toList();
        assertThat(aggregateIds(download)).contains(SA_REGION).doesNotContain(NRW_REGION);
    }

    @Test
    void the_lineage_does_not_lead_into_another_network() {
        var seen = new ArrayList<String>();
        officeNrw.get("/api/audit/lineage/region/" + NRW_REGION).json().get("timeline")
                .forEach(event -> seen.add(event.get("regionKey").isNull() ? "" : event.get("regionKey").asString()));
        assertThat(seen).isNotEmpty().allMatch(key -> key.isEmpty() || key.startsWith("05") || key.startsWith("06"));
    }

    @Test
    void the_export_holds_the_readers_networks_and_verifies_as_a_filtered_export() throws Exception {
        var export = auditor.get("/api/audit/events?type=region");
        assertThat(export.status()).isEqualTo(200);
        var lines = export.body().lines().toList();
        var ids = aggregateIds(lines);
        assertThat(ids).contains(SA_REGION).doesNotContain(NRW_REGION);
        var manifest = JSON.readTree(lines.get(lines.size() - 1)).get("manifest");
        assertThat(manifest.get("complete").asBoolean()).isFalse();
        assertThat(manifest.get("filters").get("networks").asString()).isEqualTo("sachsen-anhalt");

        var file = Files.writeString(directory.resolve("sachsen-anhalt.ndjson"), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        var verified = ExportVerifier.verify(file, null, Map.of());
        assertThat(verified.ok()).as(verified.toString()).isTrue();
        assertThat(verified.summary()).contains("(filtered export)");
        var python = python(file);
        assertThat(python).startsWith("OK ").contains("(filtered export)");

        var nrw = officeNrw.get("/api/audit/events?type=region&network=nordrhein-westfalen").body().lines().toList();
        assertThat(aggregateIds(nrw)).contains(NRW_REGION).doesNotContain(SA_REGION);
        assertThat(officeNrw.get("/api/audit/events?type=region&network=hessen").status()).isEqualTo(200);

        var everything = operator.get("/api/audit/events?type=region").body().lines().toList();
        assertThat(aggregateIds(everything)).contains(SA_REGION, NRW_REGION);
        assertThat(JSON.readTree(everything.get(everything.size() - 1)).get("manifest").get("filters")
                .has("networks")).as("the operator's export is confined to no network").isFalse();
    }

    @Test
    void an_export_of_a_network_the_reader_holds_no_role_in_is_refused() {
        var refused = auditor.get("/api/audit/events?network=nordrhein-westfalen");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(officeNrw.get("/api/audit/events?network=sachsen-anhalt").status()).isEqualTo(403);
        assertThat(auditor.get("/api/audit/events?network=Not_A_Network").status()).isEqualTo(400);
    }

    @Test
    void the_audit_log_shows_each_reader_the_entries_of_its_networks_principals() {
        auditor.get("/api/audit/streams/region/" + SA_REGION + "/events");
        officeNrw.get("/api/audit/streams/region/" + NRW_REGION + "/events");
        var log = "/api/audit/streams/audit-log/" + AuditLogId.of(LocalDate.now(NetworkTime.ZONE)).value()
                + "/events";
        var auditorSubject = vault.userSubject(TestUsers.AUDITOR).value();
        var officeNrwSubject = vault.userSubject(TestUsers.OFFICE_NRW).value();

        var seenByAuditor = principals(auditor.get(log).json());
        assertThat(seenByAuditor).contains(auditorSubject).doesNotContain(officeNrwSubject);
        var seenByOfficeNrw = principals(officeNrw.get(log).json());
        assertThat(seenByOfficeNrw).contains(officeNrwSubject).doesNotContain(auditorSubject);
        assertThat(principals(operator.get(log).json())).contains(auditorSubject, officeNrwSubject);
    }

    @Test
    void the_audit_feed_and_the_activity_feed_deliver_each_event_to_the_readers_of_its_network() throws Exception {
        var api = new ApiClient(port);
        try (var hesseAndNrw = StompFeed.subscribe(port, "/topic/audit", broker, api.token(TestUsers.OFFICE_NRW));
             var saxonyAnhalt = StompFeed.subscribe(port, "/topic/audit", broker, api.token(TestUsers.AUDITOR));
             var everything = StompFeed.subscribe(port, "/topic/audit", broker, api.token(TestUsers.OPERATOR));
             var nrwActivity = StompFeed.subscribe(port, "/topic/network-activity", broker,
                     api.token(TestUsers.OFFICE_NRW));
             var saxonyAnhaltActivity = StompFeed.subscribe(port, "/topic/network-activity", broker,
                     api.token(TestUsers.OFFICE))) {
            register(api.as(TestUsers.OFFICE), "95732", "Testkreis Börde");
            register(officeNrw, "05362", "Rhein-Erft-Kreis");
            register(api.as(TestUsers.OFFICE), "95733", "Testkreis Harz");

            // each feed is in position order: what comes before the last registration it receives came in time
            assertThat(registrationsUntil(everything, "95733")).containsExactly("95732", "05362", "95733");
            assertThat(registrationsUntil(saxonyAnhalt, "95733")).as("no NRW event for Saxony-Anhalt's auditor")
                    .containsExactly("95732", "95733");
            assertThat(registrationsUntil(hesseAndNrw, "05362")).as("no SA event for NRW's office, Hesse's auditor")
                    .containsExactly("05362");
            assertThat(registrationsUntil(saxonyAnhaltActivity, "95733")).as("the dashboard shows its own network")
                    .containsExactly("95732", "95733");
            assertThat(registrationsUntil(nrwActivity, "05362")).containsExactly("05362");
            for (var feed : List.of(hesseAndNrw, saxonyAnhalt, everything)) {
                assertPreviousIsTheLastReceived(feed);
            }
        }
    }

    /** A subscriber sees no gap where it was not to receive a message: each one's previous is the last it got. */
    private static void assertPreviousIsTheLastReceived(StompFeed feed) {
        String last = null;
        for (var headers : feed.messageHeaders()) {
            var position = headers.getFirst("x-position");
            if (position == null) {
                continue;
            }
            if (last != null) {
                assertThat(headers.getFirst("x-previous-position")).as("the message at " + position).isEqualTo(last);
            }
            assertThat(headers.getFirst("x-networks")).as("names the event's networks").isNotNull();
            last = position;
        }
    }

    /** The registrations of this test's feed regions the feed receives, up to {@code last} (10 s at most). */
    private static List<String> registrationsUntil(StompFeed feed, String last) throws InterruptedException {
        var seen = new ArrayList<String>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!seen.contains(last) && System.nanoTime() < deadline) {
            for (var message : feed.take(1, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                if ("RegionRegistered".equals(message.get("type")) && message.get("regionKey") instanceof String key
                        && List.of("95732", "05362", "95733").contains(key)) {
                    seen.add(key);
                }
            }
        }
        return seen;
    }

    private void register(ApiClient office, String key, String name) {
        var registered = office.post("/api/regions", """
                {"key":"%s","name":"%s","kind":"DISTRICT"}""".formatted(key, name));
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
    }

    private static List<String> streamIds(ApiClient reader, String type) {
        var listed = reader.get("/api/audit/streams/" + type);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        var ids = new ArrayList<String>();
        listed.json().forEach(stream -> ids.add(stream.get("id").asString()));
        return ids;
    }

    private static List<String> aggregateIds(List<String> lines) {
        var ids = new ArrayList<String>();
        lines.stream().map(JSON::readTree).filter(line -> line.has("aggregateId"))
                .forEach(line -> ids.add(line.get("aggregateId").asString()));
        return ids;
    }

    private static List<String> principals(JsonNode history) {
        var principals = new ArrayList<String>();
        history.get("events").forEach(event -> principals.add(event.get("principalId").isNull() ? ""
                : event.get("principalId").asString()));
        return principals;
    }

    /** {@code python3 docs/verify-export.py} on the file: its output. */
    private static String python(Path file) throws Exception {
        Path script = null;
        for (var dir = Path.of("").toAbsolutePath(); dir != null && script == null; dir = dir.getParent()) {
            var candidate = dir.resolve("docs/verify-export.py");
            script = Files.isRegularFile(candidate) ? candidate : null;
        }
        assertThat(script).as("docs/verify-export.py").isNotNull();
        var process = new ProcessBuilder("python3", script.toString(), file.toString()).redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.startsWith("OK") || line.startsWith("FAILED")).findFirst()
                .orElse(output);
    }
}
