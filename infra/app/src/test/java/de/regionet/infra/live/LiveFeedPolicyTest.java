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
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live feeds' delivery policy: the server offers heartbeats, and a client that stops reading is closed as a
 * slow consumer without holding up the others.
 */
@RegioNetTest
class LiveFeedPolicyTest {

    private static final String NEWS = "/topic/news";
    private static final int MESSAGES = 3000;
    private static final String FILLER = "x".repeat(7 * 1024);
    /** Messages the normal client may have outstanding: far below the backlog that makes a client slow. */
    private static final int WINDOW = 16;
    /** Far below the 10 s a write to a socket that takes nothing may block its sender. */
    private static final Duration NOT_HELD_UP = Duration.ofSeconds(5);

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
    void a_client_that_stops_reading_is_closed_while_a_normal_client_gets_every_message_meanwhile() throws Exception {
        int before = subscriptions();
        var slow = slowClient();
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions() == before + 1);
        var received = new ArrayList<Map<String, Object>>();
        try (var normal = StompFeed.subscribe(port, NEWS, broker, null)) {
            int sent = 0;
            while (subscriptions() == before + 2 && sent < MESSAGES) {
                topics.convertAndSend(NEWS, (Object) Map.of("n", sent, "filler", FILLER));
                sent++;
                if (sent - received.size() >= WINDOW) {
                    // the normal client keeps up while the slow one's socket is full: a sender is stuck writing to
                    // the slow one, the others carry on (with one sender, this waited for the 10 s write limit)
                    int expected = WINDOW / 2;
                    var next = normal.take(expected, NOT_HELD_UP);
                    assertThat(next).as("messages to the normal client after %d sent", sent).hasSize(expected);
                    received.addAll(next);
                }
            }
            assertThat(subscriptions()).as("the slow client was closed before %d messages", MESSAGES)
                    .isEqualTo(before + 1);
            received.addAll(normal.take(sent - received.size(), NOT_HELD_UP));
            assertThat(received).hasSize(sent);
            assertThat(received).extracting(message -> message.get("n")).as("in order")
                    .isSortedAccordingTo((a, b) -> Integer.compare((Integer) a, (Integer) b));
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
