package de.regionet.infra.websocket;

import de.regionet.infra.StompFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live feeds through ActiveMQ Artemis, embedded in the test ({@link EmbeddedStompBroker}): what
 * {@link RelayedLiveFeeds} asks of any broker, and what the broker's own bookkeeping shows: a refused subscription
 * never reaches it, and a client that stops reading is closed as a slow consumer while a normal one gets every message.
 */
@TestPropertySource(properties = {"regionet.mongo.database=liverelay",
        // the broker's audit log names every message
        "logging.level.org.apache.activemq.audit=WARN"})
class LiveFeedRelayTest extends RelayedLiveFeeds {

    private static final EmbeddedStompBroker BROKER = EmbeddedStompBroker.start();
    private static final String NEWS = "/topic/news";
    private static final int SLOW_MESSAGES = 3000;
    private static final String FILLER = "x".repeat(7 * 1024);
    /** Messages the normal client may have outstanding: far below the backlog that makes a client slow. */
    private static final int WINDOW = 16;

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry properties) {
        properties.add("regionet.live.relay.host", BROKER::host);
        properties.add("regionet.live.relay.port", BROKER::port);
    }

    @AfterAll
    void stopBroker() {
        BROKER.close();
    }

    @Test
    void a_forbidden_subscription_is_refused_with_an_error_frame_and_never_reaches_the_broker() throws Exception {
        await().atMost(PATIENCE).until(() -> BROKER.subscriptions("/topic/audit") == 0);
        try (var anonymous = StompFeed.connect(port, null)) {
            anonymous.subscribeTo("/topic/audit");
            assertThat(anonymous.awaitError()).contains("may not subscribe to /topic/audit");
            assertThat(BROKER.subscriptions("/topic/audit")).isZero();
        }
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> BROKER.subscriptions("/topic/audit") == 0);
    }
    @Test
    void a_client_that_stops_reading_is_closed_as_a_slow_consumer_while_a_normal_one_gets_every_message()
            throws Exception {
        var topics = context.getBean(SimpMessagingTemplate.class);
        // the other tests' subscriptions end as their connections to the broker close
        await().atMost(PATIENCE).until(() -> BROKER.subscriptions(NEWS) == 0);
        int before = 0;
        var slow = slowClient();
        await().atMost(PATIENCE).until(() -> BROKER.subscriptions(NEWS) == before + 1);
        var received = new ArrayList<Map<String, Object>>();
        try (var normal = StompFeed.subscribeConfirmed(port, NEWS, null)) {
            int sent = 0;
            while (BROKER.subscriptions(NEWS) == before + 2 && sent < SLOW_MESSAGES) {
                topics.convertAndSend(NEWS, (Object) Map.of("n", sent, "filler", FILLER));
                sent++;
                if (sent - received.size() >= WINDOW) {
                    var next = normal.take(WINDOW / 2, Duration.ofSeconds(5));
                    assertThat(next).as("messages to the normal client after %d sent", sent).hasSize(WINDOW / 2);
                    received.addAll(next);
                }
            }
            assertThat(BROKER.subscriptions(NEWS)).as("the slow client was closed before %d messages", SLOW_MESSAGES)
                    .isEqualTo(before + 1);
            received.addAll(normal.take(sent - received.size(), Duration.ofSeconds(5)));
            assertThat(received).hasSize(sent);
            assertThat(received).extracting(message -> message.get("n")).as("in order")
                    .isSortedAccordingTo((a, b) -> Integer.compare((Integer) a, (Integer) b));
        } finally {
            slow.abort();
        }
        await().atMost(PATIENCE).until(() -> BROKER.subscriptions(NEWS) == before);
    }
    /** A STOMP client over a raw WebSocket that subscribes and then reads nothing more (it requests no data). */
    private WebSocket slowClient() throws Exception {
        var connected = new CompletableFuture<Void>();
        var socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        connected.complete(null);
                        return null;
                    }
                }).get();
        socket.sendText("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0", true).get();
        connected.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        socket.sendText("SUBSCRIBE\nid:slow\ndestination:" + NEWS + "\n\n\0", true).get();
        return socket;
    }
}
