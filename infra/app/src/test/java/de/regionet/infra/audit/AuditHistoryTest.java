package de.regionet.infra.audit;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.auditlog.AuditLogId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor reads an aggregate's history from the event store: the aggregate types, every event with position,
 * sequence, time, payload, principal, correlation and causation ids and hash, and the state as recorded at a time
 * or a version. Only auditors and the network office may, and every such read lands in the audit log.
 */
@RegioNetTest
class AuditHistoryTest {

    @LocalServerPort
    int port;

    @Test
    void the_aggregate_types_are_those_axon_runs_in_kebab_case() {
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var types = auditor.get("/api/audit/streams");
        assertThat(types.status()).isEqualTo(200);
        var names = new ArrayList<String>();
        types.json().forEach(type -> names.add(type.get("type").asString()));
        assertThat(names).contains("region", "working-group", "audit-log");
    }

    @Test
    void an_aggregates_events_carry_position_sequence_time_payload_principal_request_and_hash() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var coordinator = new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND);
        office.post("/api/regions", """
                {"key":"99001","name":"Testkreis","kind":"DISTRICT"}""", "X-Request-Id", "req-99001");
        var group = coordinator.post("/api/working-groups", """
                {"regionKey":"99001","name":"RAK Testkreis",
                 "establishedOn":"2021-01-01"}""", "X-Request-Id", "req-rak-99001");
        var groupId = group.json().get("id").asString();
        coordinator.post("/api/working-groups/" + groupId + "/members", """
                {"organisation":"Jobcenter Testkreis","category":"JOB_CENTRE","admittedOn":"2022-07-01"}""");

        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var history = auditor.get("/api/audit/streams/working-group/" + groupId + "/events");
        assertThat(history.status()).isEqualTo(200);
        var events = list(history.json().get("events"));
        assertThat(events).hasSize(2);
        var established = events.get(0);
        assertThat(established.get("type").asString()).isEqualTo("WorkingGroupEstablished");
        assertThat(established.get("sequence").asLong()).isZero();
        assertThat(established.get("position").asLong()).isPositive();
        assertThat(established.get("payload").get("name").asString()).isEqualTo("RAK Testkreis");
        assertThat(established.get("principal").asString()).isEqualTo("coordinator-salzland");
        assertThat(established.get("correlationId").asString()).isEqualTo("req-rak-99001");
        assertThat(established.get("causationId").asString()).isNotBlank();
        assertThat(established.get("regionKey").asString()).isEqualTo("99001");
        assertThat(established.get("previousHash").asString()).isEmpty();
        assertThat(established.get("hash").asString()).hasSize(64);
        var admitted = events.get(1);
        assertThat(admitted.get("type").asString()).isEqualTo("MemberAdmitted");
        assertThat(admitted.get("previousHash").asString()).isEqualTo(established.get("hash").asString());
        assertThat(admitted.get("time").asString()).isGreaterThan(established.get("time").asString());
    }

    @Test
    void the_state_as_recorded_at_an_instant_or_version_is_folded_from_the_events() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        office.post("/api/regions", """
                {"key":"99002","name":"Zweitkreis","kind":"DISTRICT"}""");
        var group = new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND).post("/api/working-groups", """
                {"regionKey":"99002","name":"RAK Zweitkreis","establishedOn":"2021-01-01"}""");
        var groupId = group.json().get("id").asString();

        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var events = list(auditor.get("/api/audit/streams/region/99002/events").json().get("events"));
        var registeredAt = events.get(0).get("time").asString();

        var then = auditor.get("/api/audit/streams/region/99002/state?knownAt=" + registeredAt);
        assertThat(then.status()).isEqualTo(200);
        assertThat(then.json().get("version").asLong()).isZero();
        assertThat(then.json().get("knownAt").asString()).isEqualTo(registeredAt);
        assertThat(then.json().get("state").get("key").asString()).isEqualTo("99002");
        assertThat(then.json().get("state").get("name").asString()).isEqualTo("Zweitkreis");
        assertThat(then.json().get("state").get("workingGroupId").isNull()).isTrue();

        var now = auditor.get("/api/audit/streams/region/99002/state");
        assertThat(now.json().get("version").asLong()).isEqualTo(1);
        assertThat(now.json().get("state").get("workingGroupId").asString()).isEqualTo(groupId);
        assertThat(auditor.get("/api/audit/streams/region/99002/state?version=0").json().get("state"))
                .isEqualTo(then.json().get("state"));

        assertThat(auditor.get("/api/audit/streams/region/99002/state?knownAt=2001-01-01").status()).isEqualTo(404);
        assertThat(auditor.get("/api/audit/streams/region/99002/state?asOf=2001-01-01").status())
                .as("registered without a day of its own: it exists from the day it was recorded").isEqualTo(404);
        assertThat(auditor.get("/api/audit/streams/region/" + groupId + "/state").status())
                .as("a working group is no region").isEqualTo(404);
        assertThat(auditor.get("/api/audit/streams/project/99002/events").status()).isEqualTo(404);
        assertThat(auditor.get("/api/audit/streams/region/99002/state?knownAt=yesterday").status()).isEqualTo(400);
    }

    @Test
    void only_auditors_and_the_network_office_read_the_history() {
        assertThat(new ApiClient(port).get("/api/audit/streams").status()).isEqualTo(401);
        assertThat(new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND).get("/api/audit/streams").status())
                .isEqualTo(403);
        assertThat(new ApiClient(port).as(TestUsers.SPONSOR).get("/api/audit/streams").status()).isEqualTo(403);
        assertThat(new ApiClient(port).as(TestUsers.OFFICE).get("/api/audit/streams").status()).isEqualTo(200);
    }

    /** Acceptance 5: who looked at what, and when, is itself in the event store. */
    @Test
    void audit_reads_appear_in_the_audit_log() {
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        assertThat(auditor.get("/api/audit/streams/region/15999/events", "X-Request-Id", "look-1").status())
                .isEqualTo(404);
        assertThat(auditor.get("/api/audit/verification?", "X-Request-Id", "look-2").status()).isEqualTo(200);
        new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND).get("/api/audit/streams");

        var today = AuditLogId.of(LocalDate.now(NetworkTime.ZONE));
        var log = list(new ApiClient(port).as(TestUsers.OFFICE)
                .get("/api/audit/streams/audit-log/" + today + "/events").json().get("events"));
        var lookedAt = log.stream().filter(event -> event.get("correlationId").asString().startsWith("look-"))
                .toList();
        assertThat(lookedAt).hasSize(2);
        assertThat(lookedAt.get(0).get("type").asString()).isEqualTo("HistoryRead");
        assertThat(lookedAt.get(0).get("principal").asString()).isEqualTo("auditor");
        assertThat(lookedAt.get(0).get("payload").get("resource").asString())
                .isEqualTo("/api/audit/streams/region/15999/events");
        assertThat(lookedAt.get(1).get("payload").get("resource").asString()).isEqualTo("/api/audit/verification");
        assertThat(log).as("a refused read is not an audit read")
                .noneMatch(event -> "coordinator-salzland".equals(event.get("principal").asString()));
        assertThat(log.get(log.size() - 1).get("principal").asString()).as("reading the log is recorded too")
                .isEqualTo("office");
    }

    private static List<JsonNode> list(JsonNode array) {
        var result = new ArrayList<JsonNode>();
        array.forEach(result::add);
        return result;
    }
}
