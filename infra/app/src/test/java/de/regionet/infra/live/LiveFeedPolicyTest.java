package de.regionet.infra.live;

import de.regionet.infra.RegioNetTest;
import de.regionet.infra.StompFeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live feeds' delivery policy: the server offers heartbeats, and a client that stops reading is disconnected
 * without holding up the others.
 */
@RegioNetTest
class LiveFeedPolicyTest {

    private static final String NEWS = "/topic/news";
    private static final int MESSAGES = 3000;
    private static final String FILLER = "x".repeat(7 * 1024);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    SimpMessagingTemplate topics;

    @Test
    void the_server_offers_heartbeats_every_ten_seconds() throws Exception {
        try (var feed = StompFeed.connect(port, null)) {
            assertThat(feed.connectedHeaders().getHeartbeat()).containsExactly(10_000, 10_000);
        }
    }

    @Test
    void a_client_that_stops_reading_is_disconnected_and_does_not_hold_up_the_others() throws Exception {
        int before = subscriptions();
        var slow = slowClient();
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions() == before + 1);
        try (var fast = StompFeed.subscribe(port, NEWS, broker, null)) {
            for (int i = 0; i < MESSAGES; i++) {
                topics.convertAndSend(NEWS, (Object) Map.of("n", i, "filler", FILLER));
            }
            var received = fast.take(MESSAGES, Duration.ofSeconds(60));
            assertThat(received).hasSize(MESSAGES);
            assertThat(received).extracting(message -> message.get("n")).as("in order")
                    .isSortedAccordingTo((a, b) -> Integer.compare((Integer) a, (Integer) b));
            await().atMost(Duration.ofSeconds(60)).until(() -> subscriptions() == before + 1);
        } finally {
            slow.abort();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions() == before);
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
        connected.get();
        socket.sendText("SUBSCRIBE\nid:slow\ndestination:" + NEWS + "\n\n\0", true).get();
        return socket;
    }

    private int subscriptions() {
        var headers = org.springframework.messaging.simp.SimpMessageHeaderAccessor.create(
                org.springframework.messaging.simp.SimpMessageType.MESSAGE);
        headers.setDestination(NEWS);
        var probe = org.springframework.messaging.support.MessageBuilder.createMessage(new byte[0],
                headers.getMessageHeaders());
        return broker.getSubscriptionRegistry().findSubscriptions(probe).values().stream()
                .mapToInt(java.util.List::size).sum();
    }
}
