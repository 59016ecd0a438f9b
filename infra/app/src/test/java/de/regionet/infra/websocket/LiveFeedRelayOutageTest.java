package de.regionet.infra.websocket;

import de.regionet.infra.ApiClient;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompBrokerRelayMessageHandler;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The live-feed broker goes away for a while (ADR 0026): its clients are told and disconnected, commands go on
 * (nothing that publishes to a topic fails), a client that connects meanwhile is refused with an ERROR frame, and
 * once the broker is back a client resumes from its last position and misses nothing. Own context and broker, as
 * the broker is stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=liverelayoutage",
                "logging.level.org.apache.activemq.audit=WARN"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LiveFeedRelayOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final EmbeddedStompBroker BROKER = EmbeddedStompBroker.start();

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry properties) {
        properties.add("regionet.live.relay.host", BROKER::host);
        properties.add("regionet.live.relay.port", BROKER::port);
    }

    @LocalServerPort
    int port;

    @Autowired
    StompBrokerRelayMessageHandler relay;

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void while_the_broker_is_away_commands_go_on_and_afterwards_a_client_resumes_missing_nothing() throws Exception {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var articles = drafts(office, 8);
        await().atMost(PATIENCE).until(relay::isBrokerAvailable);
        long lastSeen;
        try (var feed = StompFeed.subscribeConfirmed(port, "/topic/news", null)) {
            publish(office, articles.get(0));
            lastSeen = position(feed.take(1, PATIENCE).get(0));

            BROKER.stop();
            await().atMost(PATIENCE).until(() -> !feed.isConnected());
            assertThat(feed.errors()).as("the client is told").anySatisfy(error ->
                    assertThat(error).contains("Connection to broker closed"));
        }
        await().atMost(PATIENCE).until(() -> !relay.isBrokerAvailable());

        var missed = articles.subList(1, 7);
        missed.forEach(article -> publish(office, article));
        assertThatThrownBy(() -> StompFeed.connect(port, null)).as("no session without the broker")
                .hasMessageContaining("Broker not available");

        BROKER.restart();
        await().atMost(PATIENCE).until(relay::isBrokerAvailable);
        try (var resumed = StompFeed.connect(port, null)) {
            resumed.subscribeFrom("/topic/news", lastSeen);
            var caughtUp = resumed.take(6, PATIENCE);
            assertThat(caughtUp).extracting(message -> message.get("aggregateId")).containsExactlyElementsOf(missed);
            publish(office, articles.get(7));
            var live = resumed.take(1, PATIENCE);
            assertThat(live).extracting(message -> message.get("aggregateId")).containsExactly(articles.get(7));
            assertThat(resumed.take(1, Duration.ofMillis(500))).as("nothing twice").isEmpty();
        }
    }

    private static List<String> drafts(ApiClient office, int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var response = office.post("/api/news", """
                    {"title":"Nachricht","teaser":"Kurz","body":"Text"}""");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            ids.add(response.json().get("id").asString());
        }
        return ids;
    }

    private static void publish(ApiClient office, String article) {
        var response = office.post("/api/news/" + article + "/publication", "{\"at\":null}");
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private static long position(Map<String, Object> message) {
        return ((Number) message.get("position")).longValue();
    }
}
