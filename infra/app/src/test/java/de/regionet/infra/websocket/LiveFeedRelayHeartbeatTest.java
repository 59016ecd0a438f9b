package de.regionet.infra.websocket;

import de.regionet.infra.ApiClient;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Heartbeats through the relay (ADR 0026): the broker keeps a client's relayed connection as long as heartbeats
 * flow, passed on both ways, and closes one that asked for none and stays silent once its time to live has passed
 * (here 2 s instead of Artemis's minute), which the client learns from the broker's ERROR frame. Own context and
 * broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=liverelayheartbeat",
                "logging.level.org.apache.activemq.audit=WARN"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LiveFeedRelayHeartbeatTest {

    private static final EmbeddedStompBroker BROKER = EmbeddedStompBroker.start("connectionTtl=2000");

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry properties) {
        properties.add("regionet.live.relay.host", BROKER::host);
        properties.add("regionet.live.relay.port", BROKER::port);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void a_client_sending_heartbeats_stays_while_a_silent_one_without_is_closed_after_the_brokers_time_to_live()
            throws Exception {
        var silentClosed = new CompletableFuture<String>();
        var silent = silentClient(silentClosed);
        try (var beating = StompFeed.subscribeConfirmed(port, "/topic/news", null)) {
            var closedWith = silentClosed.get(30, TimeUnit.SECONDS);
            assertThat(closedWith).as("told why, by the broker").contains("connection TTL");

            // longer than the time to live the broker derives from a 10 s heartbeat (twice that): heartbeats flow
            await().during(Duration.ofSeconds(25)).atMost(Duration.ofSeconds(30)).until(beating::isConnected);
            var office = new ApiClient(port).as(TestUsers.OFFICE);
            var draft = office.post("/api/news", """
                    {"title":"Nachricht","teaser":"Kurz","body":"Text"}""");
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            var article = draft.json().get("id").asString();
            assertThat(office.post("/api/news/" + article + "/publication", "{\"at\":null}").status()).isEqualTo(204);
            assertThat(beating.take(1, Duration.ofSeconds(30))).extracting(message -> message.get("aggregateId"))
                    .containsExactly(article);
        } finally {
            silent.abort();
        }
    }

    /** A STOMP client over a raw WebSocket that asks for no heartbeats, subscribes and then says nothing more. */
    private WebSocket silentClient(CompletableFuture<String> closed) throws Exception {
        var connected = new CompletableFuture<Void>();
        var socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        var frame = data.toString();
                        if (frame.startsWith("CONNECTED")) {
                            connected.complete(null);
                        } else if (frame.startsWith("ERROR")) {
                            closed.complete(frame);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete("closed " + statusCode + " " + reason);
                        return null;
                    }
                }).get();
        socket.sendText("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0", true).get();
        connected.get(30, TimeUnit.SECONDS);
        socket.sendText("SUBSCRIBE\nid:silent\ndestination:/topic/news\n\n\0", true).get();
        return socket;
    }
}
