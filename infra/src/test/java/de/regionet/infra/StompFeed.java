package de.regionet.infra;

import org.awaitility.Awaitility;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real STOMP-over-WebSocket client subscribed to one topic, collecting what arrives. */
public final class StompFeed implements AutoCloseable {

    private final WebSocketStompClient client;
    private final StompSession session;
    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();

    private StompFeed(WebSocketStompClient client, StompSession session) {
        this.client = client;
        this.session = session;
    }

    /**
     * Connects, subscribes and returns once the broker has registered the subscription (STOMP's SUBSCRIBE has no
     * acknowledgement of its own), so nothing published afterwards can be missed.
     */
    public static StompFeed subscribe(int port, String topic, SimpleBrokerMessageHandler broker) throws Exception {
        int before = subscriptions(broker, topic);
        var client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        var session = client.connectAsync("ws://localhost:" + port + "/ws", new StompSessionHandlerAdapter() {
        }).get(10, TimeUnit.SECONDS);
        var feed = new StompFeed(client, session);
        session.subscribe(topic, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders headers, Object payload) {
                feed.received.add((Map<String, Object>) payload);
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions(broker, topic) > before);
        return feed;
    }

    private static int subscriptions(SimpleBrokerMessageHandler broker, String topic) {
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(topic);
        var probe = MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
        return broker.getSubscriptionRegistry().findSubscriptions(probe).values().stream().mapToInt(List::size).sum();
    }

    /** The next {@code count} messages, waiting at most {@code timeout} in all. */
    public List<Map<String, Object>> take(int count, Duration timeout) throws InterruptedException {
        var messages = new ArrayList<Map<String, Object>>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (messages.size() < count) {
            var next = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            messages.add(next);
        }
        return messages;
    }

    @Override
    public void close() {
        session.disconnect();
        client.stop();
    }
}
