package de.regionet.infra.processing;

import de.regionet.kernel.NetworkTime;
import de.regionet.infra.ApiClient;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.auditlog.AuditLogId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.workinggroup.WorkingGroupProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance 4: a read model is rebuilt from the first event while commands keep arriving and queries keep being
 * asked. No query fails or sees a partly rebuilt read model meanwhile; progress shows on the status endpoint and on
 * {@code /topic/audit}; afterwards the read model holds every change made during the rebuild and equals one built
 * from scratch with nothing else going on.
 */
// Not @RegioNetTest: it rebuilds a read model from the store's first event and needs nothing else going on meanwhile.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=replay"})
class ReplayTest {

    private static final String READ_MODEL = WorkingGroupProjection.NAME;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    EventLog log;

    @Test
    void a_read_model_is_rebuilt_while_commands_arrive_and_no_query_fails() throws Exception {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var groups = new ArrayList<String>();
        for (int region = 96001; region <= 96010; region++) {
            groups.add(regionWithWorkingGroup(office, Integer.toString(region)));
        }
        manyEventsOfOtherWorkingGroups();
        awaitCaughtUp();
        var before = readModel(office);
        assertThat(before).hasSizeGreaterThanOrEqualTo(35);
        var beforeRebuild = Instant.now();

        var running = new AtomicBoolean(true);
        var failures = new CopyOnWriteArrayList<String>();
        var reads = new AtomicInteger();
        var admitted = new ConcurrentHashMap<String, List<String>>();
        var createdDuring = new CopyOnWriteArrayList<String>();
        var pool = Executors.newFixedThreadPool(2);
        var auditorToken = new ApiClient(port).token(TestUsers.AUDITOR);
        try (var feed = StompFeed.subscribe(port, "/topic/audit", broker, auditorToken)) {
            pool.submit(() -> readContinuously(before, running, failures, reads));
            pool.submit(() -> writeContinuously(groups, running, admitted, createdDuring));

            var replay = office.post("/api/admin/projections/" + READ_MODEL + "/replay", "");
            assertThat(replay.status()).isEqualTo(202);
            assertThat(replay.header("Location")).isEqualTo("/api/admin/projections/" + READ_MODEL);
            assertThat(replay.json().get("state").asString()).isEqualTo("replaying");

            var progressSeen = new AtomicBoolean();
            var auditor = new ApiClient(port).withToken(auditorToken);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
                var status = auditor.get("/api/admin/projections/" + READ_MODEL).json();
                if (!status.get("replay").isNull() && !status.get("replay").get("percent").isNull()) {
                    progressSeen.set(true);
                }
                return status.get("state").asString().equals("running") && status.get("rebuilding").isEmpty();
            });
            Thread.sleep(500);
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(failures).as("queries that failed or saw a partial read model during the rebuild").isEmpty();
            assertThat(reads.get()).as("queries asked during the rebuild").isGreaterThan(20);
            assertThat(progressSeen).as("replay progress on the status endpoint").isTrue();
            var pushed = feed.take(100_000, Duration.ofSeconds(3));
            assertThat(pushed).filteredOn(message -> READ_MODEL.equals(message.get("processor")))
                    .extracting(message -> message.get("type"))
                    .contains("ProjectionReplayProgress", "ProjectionRebuilt");
        }

        awaitCaughtUp();
        var rebuilt = readModel(office);
        assertThat(rebuilt.keySet()).containsAll(before.keySet()).containsAll(createdDuring);
        admitted.forEach((group, organisations) -> assertThat(organisations).allSatisfy(organisation ->
                assertThat(rebuilt.get(group).toString()).contains(organisation)));

        assertThat(office.post("/api/admin/projections/" + READ_MODEL + "/replay", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            var status = office.get("/api/admin/projections/" + READ_MODEL).json();
            return status.get("state").asString().equals("running") && status.get("rebuilding").isEmpty();
        });
        awaitCaughtUp();
        assertThat(readModel(office)).as("the read model built from scratch with nothing else going on")
                .isEqualTo(rebuilt);
        assertThat(readModel(office, "?knownAt=" + beforeRebuild)).as("the record history, rebuilt twice")
                .isEqualTo(before);
    }

    @Test
    void the_network_office_replays_auditors_watch_and_what_cannot_replay_says_so() {
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var status = auditor.get("/api/admin/projections");
        assertThat(status.status()).isEqualTo(200);
        var names = new ArrayList<String>();
        status.json().forEach(processor -> names.add(processor.get("name").asString()));
        assertThat(names).contains("regions", "working_groups", "lineage", "live-feed");
        status.json().forEach(processor -> assertThat(processor.has("lagEvents") && processor.has("deadLetters")
                && processor.has("position") && processor.has("lagSeconds")).isTrue());

        assertThat(auditor.post("/api/admin/projections/regions/replay", "").status()).isEqualTo(403);
        assertThat(new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND).get("/api/admin/projections").status())
                .isEqualTo(403);
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/admin/projections/live-feed/replay", "").status()).isEqualTo(409);
        assertThat(office.post("/api/admin/projections/no-such-thing/replay", "").status()).isEqualTo(404);

        assertThat(office.post("/api/admin/projections/lineage/replay", "", "X-Request-Id", "replay-lineage")
                .status()).isEqualTo(202);
        var log = office.get("/api/audit/streams/audit-log/" + AuditLogId.of(LocalDate.now(NetworkTime.ZONE))
                + "/events").json().get("events");
        var replays = new ArrayList<JsonNode>();
        log.forEach(event -> {
            if ("replay-lineage".equals(event.get("correlationId").asString())) {
                replays.add(event);
            }
        });
        assertThat(replays).singleElement().satisfies(event -> {
            assertThat(event.get("type").asString()).isEqualTo("ReadModelReplayStarted");
            assertThat(event.get("principal").asString()).isEqualTo("office");
            assertThat(event.get("payload").get("processor").asString()).isEqualTo("lineage");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get("/api/admin/projections/lineage").json()
                .get("state").asString().equals("running"));
    }

    private void readContinuously(Map<String, JsonNode> before, AtomicBoolean running, List<String> failures,
                                  AtomicInteger reads) {
        var api = new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND);
        var ids = new ArrayList<>(before.keySet());
        int i = 0;
        while (running.get()) {
            var id = ids.get(i++ % ids.size());
            var one = api.get("/api/working-groups/" + id);
            if (one.status() != 200) {
                failures.add("GET " + id + ": " + one.status());
            } else if (one.json().get("members").size() < before.get(id).get("members").size()) {
                failures.add("GET " + id + " saw " + one.json().get("members").size() + " members of "
                        + before.get(id).get("members").size());
            }
            if (i % 10 == 0) {
                var all = api.get("/api/working-groups");
                if (all.status() != 200 || all.json().size() < before.size()) {
                    failures.add("GET /api/working-groups: " + all.status() + ", " + all.json().size() + " of "
                            + before.size());
                }
            }
            reads.incrementAndGet();
        }
    }

    private void writeContinuously(List<String> groups, AtomicBoolean running, Map<String, List<String>> admitted,
                                   List<String> created) {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        int n = 0;
        while (running.get()) {
            n++;
            if (n % 5 == 0) {
                created.add(regionWithWorkingGroup(office, Integer.toString(96100 + n)));
                continue;
            }
            var group = groups.get(n % groups.size());
            var organisation = "Verein " + n;
            if (office.post("/api/working-groups/" + group + "/members", "{\"organisation\":\"" + organisation
                    + "\",\"category\":\"OTHER\"}").status() == 201) {
                admitted.computeIfAbsent(group, key -> new CopyOnWriteArrayList<>()).add(organisation);
            }
        }
    }

    private static String regionWithWorkingGroup(ApiClient office, String key) {
        office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key + "\",\"kind\":\"DISTRICT\"}");
        var group = office.post("/api/working-groups", "{\"regionKey\":\"" + key + "\",\"name\":\"RAK " + key
                + "\",\"establishedOn\":\"2021-01-01\"}")
                .json().get("id").asString();
        for (var organisation : List.of("Jobcenter", "Stadt", "IHK")) {
            office.post("/api/working-groups/" + group + "/members", "{\"organisation\":\"" + organisation
                    + "\",\"category\":\"OTHER\"}");
        }
        return group;
    }

    /** Twenty-five more working groups with a hundred events each, so that a rebuild takes a while. */
    private void manyEventsOfOtherWorkingGroups() {
        for (int n = 0; n < 25; n++) {
            var id = WorkingGroupId.random();
            var region = new RegionKey(Integer.toString(95000 + n));
            var metaData = MetaData.with(EventMetaData.REGION_KEY, region.value());
            var events = new ArrayList<EventMessage<?>>();
            events.add(new GenericDomainEventMessage<>("WorkingGroup", id.value(), 0,
                    new WorkingGroupEstablished(id, region, "RAK " + region), metaData));
            for (int seq = 1; seq < 100; seq++) {
                events.add(new GenericDomainEventMessage<>("WorkingGroup", id.value(), seq, new MemberAdmitted(id,
                        MemberId.random(), "Mitglied " + seq, StakeholderCategory.OTHER, LocalDate.of(2024, 1, 1)),
                        metaData));
            }
            eventStore.publish(events);
        }
    }

    private Map<String, JsonNode> readModel(ApiClient api) {
        return readModel(api, "");
    }

    private Map<String, JsonNode> readModel(ApiClient api, String query) {
        var byId = new TreeMap<String, JsonNode>();
        api.get("/api/working-groups" + query).json().forEach(group -> byId.put(group.get("id").asString(), group));
        return byId;
    }

    /** Every processor has handled every event stored so far. */
    private void awaitCaughtUp() {
        long head = log.head();
        await().atMost(Duration.ofSeconds(60)).until(() -> processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> processor.isRunning() && !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp()
                        && status.getCurrentPosition().orElse(-1) >= head)));
    }
}
