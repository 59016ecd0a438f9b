package de.regionet.infra.processing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetApplication;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import de.regionet.infra.websocket.EmbeddedStompBroker;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance 4 of issue 23: two application instances in processes of their own share one MongoDB-wire server and
 * one STOMP broker (ActiveMQ Artemis) that live in this test's process; both nodes do everything (commands, read
 * models, live feeds through the broker). Commands go to both; B's live subscriber gets A's events in position order;
 * A is killed with SIGKILL while commands run; B then holds every processor's token within 30 s, every read-model
 * effect is there once, a news publication A scheduled and that fell due while A was down is published once, and a
 * client that was on A resumes on B from the last position it saw, missing nothing and getting nothing twice. Before that, a read model is rebuilt at the
 * request of the node that does not run its processor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration TAKEOVER = Duration.ofSeconds(30);
    private static final int FIRST_KEY = 96000;

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private EmbeddedStompBroker broker;
    private MongoClient mongo;
    private MongoDatabase database;
    private Node a;
    private Node b;

    /** One application process, its port and its log. */
    private record Node(String name, Process process, int port, Path log) {

        ApiClient api() {
            return new ApiClient(port);
        }

        boolean ready() {
            try {
                return api().get("/actuator/health").status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        }

        String owner() {
            return process.pid() + "@";
        }
    }

    @BeforeAll
    void twoNodesOnOneServer() throws IOException {
        server.bind("127.0.0.1", 0);
        var uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/?directConnection=true";
        mongo = MongoClients.create(uri);
        database = mongo.getDatabase("regionet");
        broker = EmbeddedStompBroker.start();
        var logs = Files.createDirectories(Path.of("target", "two-nodes"));
        a = start("node-a", uri, broker, logs);
        b = start("node-b", uri, broker, logs);
        await().atMost(START).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(a.process().isAlive()).as("node A runs (%s)", a.log()).isTrue();
            assertThat(b.process().isAlive()).as("node B runs (%s)", b.log()).isTrue();
            return a.ready() && b.ready();
        });
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        for (var node : new Node[]{a, b}) {
            if (node != null) {
                node.process().destroyForcibly().waitFor();
            }
        }
        if (mongo != null) {
            mongo.close();
        }
        server.shutdown();
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void two_nodes_share_the_work_and_the_survivor_takes_over_all_of_it_after_a_kill_9() throws Exception {
        var officeA = a.api().as(TestUsers.OFFICE);
        var officeB = b.api().as(TestUsers.OFFICE);
        var officeTokenB = b.api().token(TestUsers.OFFICE);
        assertThat(officeA.post("/api/regions", region(FIRST_KEY)).status()).isEqualTo(201);
        long head = officeB.get("/api/admin/projections").json().get(0).get("head").asLong();

        // B's live feed from the head on, so that nothing is missed however long the subscription takes to register
        var live = StompFeed.connect(b.port(), officeTokenB);
        live.subscribeFrom("/topic/network-activity", head);
        var onA = StompFeed.connect(a.port(), a.api().token(TestUsers.OFFICE));
        onA.subscribeFrom("/topic/network-activity", head);

        // a news article A publishes by a deadline that falls due while A is down
        var news = officeA.post("/api/news", """
                {"title":"Netzwerktreffen","teaser":"Bald","body":"Text"}""").json().get("id").asString();
        var publishAt = Instant.now().plusSeconds(12);
        assertThat(officeA.post("/api/news/" + news + "/publication", "{\"at\":\"" + publishAt + "\"}",
                "If-Match", "\"0\"").status()).isEqualTo(204);

        // a read model is rebuilt at the request of the node that does not run its processor
        var claimed = await().atMost(Duration.ofSeconds(30)).until(() -> tokens().entrySet().stream()
                .filter(token -> !token.getValue().isEmpty() && !token.getKey().startsWith("live-feed/")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        var rebuilt = claimed.getKey().substring(0, claimed.getKey().indexOf('/'));
        var asked = claimed.getValue().startsWith(a.owner()) ? officeB : officeA;
        assertThat(asked.post("/api/admin/projections/" + rebuilt + "/replay", "").status()).as(rebuilt)
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var status = asked.get("/api/admin/projections/" + rebuilt).json();
            assertThat(status.get("rebuilding").isEmpty()).as("%s rebuilt", rebuilt).isTrue();
            assertThat(status.get("state").asString()).isEqualTo("running");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> !tokens().getOrDefault(rebuilt + "/0", "").isEmpty());
        var runner = tokens().get(rebuilt + "/0");
        assertThat(officeA.get("/api/admin/projections/" + rebuilt).json().get("node").asString())
                .as("the status names the node that runs it, whichever is asked").isEqualTo(runner);
        assertThat(officeB.get("/api/admin/projections/" + rebuilt).json().get("node").asString()).isEqualTo(runner);

        // commands on both nodes, A killed while they run
        var acknowledged = ConcurrentHashMap.<Integer>newKeySet();
        acknowledged.add(FIRST_KEY);
        var keys = new AtomicInteger(FIRST_KEY + 1);
        var running = new AtomicBoolean(true);
        var loadOnA = commandsUntilStopped(officeA, keys, acknowledged, running);
        var loadOnB = commandsUntilStopped(officeB, keys, acknowledged, running);
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 30);
        a.process().destroyForcibly().waitFor();
        var killed = Instant.now();
        assertThat(a.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);
        int atKill = acknowledged.size();
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= atKill + 15);
        running.set(false);
        loadOnA.join();
        loadOnB.join();
        int sent = keys.get() - FIRST_KEY;

        // B holds every processor's token within 30 s of the kill
        await().atMost(TAKEOVER).untilAsserted(() -> assertThat(tokens())
                .isNotEmpty().allSatisfy((processor, owner) -> assertThat(owner).as(processor)
                        .startsWith(b.owner())));
        assertThat(Duration.between(killed, Instant.now())).isLessThan(TAKEOVER);

        // every stored region took effect once in the read models, every acknowledged one is stored
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var stored = storedRegions();
            assertThat(stored).containsAll(acknowledged).hasSizeLessThanOrEqualTo(sent);
            var activity = officeB.get("/api/network/activity").json().get("regions");
            var counts = new java.util.HashMap<Integer, Long>();
            activity.forEach(entry -> counts.put(Integer.parseInt(entry.get("regionKey").asString()),
                    entry.get("events").asLong()));
            assertThat(counts.keySet()).containsAll(stored);
            assertThat(stored).allSatisfy(key -> assertThat(counts.get(key)).as("events of %s", key).isEqualTo(1));
        });

        // the store the two nodes wrote verifies: every stream's hash chain, A's abandoned positions voided
        var auditor = b.api().as(TestUsers.AUDITOR);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(auditor.get("/api/audit/verification")
                .json().get("result").asString()).isEqualTo("ok"));

        // the deadline fell due while A was down: B published the article, once
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            var article = b.api().get("/api/news/" + news);
            assertThat(article.status()).isEqualTo(200);
            assertThat(article.json().get("status").asString()).isEqualTo("PUBLISHED");
        });
        assertThat(database.getCollection("events").countDocuments(Filters.and(Filters.eq("aggregateId", news),
                Filters.regex("payloadType", "NewsPublished$")))).isEqualTo(1);
        assertThat(database.getCollection("deadlines").countDocuments()).isZero();

        // B's subscriber got every region registration, of both nodes, once, in position order
        var received = new ArrayList<Map<String, Object>>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            received.addAll(live.drain());
            var afterTheFirst = new java.util.TreeSet<>(storedRegions());
            afterTheFirst.remove(FIRST_KEY);
            assertThat(registered(received)).containsExactlyInAnyOrderElementsOf(afterTheFirst);
        });
        var positions = received.stream().map(message -> ((Number) message.get("position")).longValue()).toList();
        assertThat(positions).doesNotHaveDuplicates().isSorted();

        // the client that was on A resumes on B from the last position it saw: nothing missed, nothing twice
        var seenOnA = onA.drain();
        assertThat(seenOnA).as("A's client got messages before A was killed").isNotEmpty();
        var positionsOnA = seenOnA.stream().map(message -> ((Number) message.get("position")).longValue()).toList();
        assertThat(positionsOnA).doesNotHaveDuplicates().isSorted();
        long resumeFrom = positionsOnA.get(positionsOnA.size() - 1);
        var expected = positions.stream().filter(position -> position > resumeFrom).toList();
        try (var resumed = StompFeed.connect(b.port(), officeTokenB)) {
            resumed.subscribeFrom("/topic/network-activity", resumeFrom);
            var again = new ArrayList<Map<String, Object>>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                again.addAll(resumed.drain());
                assertThat(again.stream().map(message -> ((Number) message.get("position")).longValue()).toList())
                        .containsAll(expected);
            });
            var resumedPositions = again.stream().map(message -> ((Number) message.get("position")).longValue())
                    .toList();
            assertThat(resumedPositions).doesNotHaveDuplicates().isSorted().allSatisfy(position ->
                    assertThat(position).isGreaterThan(resumeFrom));
            var registeredOnA = new java.util.TreeSet<>(registered(seenOnA));
            registeredOnA.addAll(registered(again));
            var afterTheFirst = new java.util.TreeSet<>(storedRegions());
            afterTheFirst.remove(FIRST_KEY);
            assertThat(registeredOnA).as("what A's client saw and what it resumed on B: every region")
                    .isEqualTo(afterTheFirst);
        }
        onA.close();
        live.close();
    }

    private Thread commandsUntilStopped(ApiClient office, AtomicInteger keys, Set<Integer> acknowledged,
                                       AtomicBoolean running) {
        var thread = new Thread(() -> {
            while (running.get()) {
                int key = keys.getAndIncrement();
                try {
                    if (office.post("/api/regions", region(key)).status() == 201) {
                        acknowledged.add(key);
                    }
                } catch (RuntimeException unreachable) {
                    return; // the node was killed
                }
            }
        });
        thread.start();
        return thread;
    }

    private static String region(int key) {
        return "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key + "\",\"kind\":\"DISTRICT\"}";
    }

    private static List<Integer> registered(List<Map<String, Object>> messages) {
        return messages.stream().filter(message -> "RegionRegistered".equals(message.get("type")))
                .map(message -> Integer.parseInt(String.valueOf(message.get("regionKey")))).toList();
    }

    /** The regions registered in the store (read from the event store itself). */
    private Set<Integer> storedRegions() {
        var keys = new java.util.TreeSet<Integer>();
        database.getCollection("events").find(Filters.regex("payloadType", "RegionRegistered$"))
                .forEach(document -> keys.add(Integer.parseInt(document.getString("aggregateId"))));
        return keys;
    }

    /** Each processor's token owner ({@code pid@host}; empty when nobody holds it). */
    private Map<String, String> tokens() {
        return database.getCollection("trackingtokens").find().into(new ArrayList<Document>()).stream()
                .filter(token -> token.getString("processorName") != null
                        && !token.getString("processorName").startsWith("__"))
                .collect(Collectors.toMap(token -> token.getString("processorName") + "/" + token.get("segment"),
                        token -> String.valueOf(token.get("owner") == null ? "" : token.get("owner"))));
    }

    private static Node start(String name, String uri, EmbeddedStompBroker broker, Path logs) throws IOException {
        int port = freePort();
        var log = logs.resolve(name + ".log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), RegioNetApplication.class.getName(),
                "--server.port=" + port, "--regionet.mongo.uri=" + uri,
                "--regionet.data-dir=" + logs.resolve(name + "-data").toAbsolutePath(),
                "--spring.application.name=" + name, "--regionet.roles=commands,read-models,live",
                "--regionet.live.relay.host=" + broker.host(), "--regionet.live.relay.port=" + broker.port(),
                "--regionet.processing.claim-timeout=5s", "--regionet.processing.claim-interval=1s",
                "--regionet.deadlines.poll-interval=500ms", "--regionet.eventstore.gap-timeout=3s")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Node(name, process, port, log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
