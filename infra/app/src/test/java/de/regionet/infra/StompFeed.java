package de.regionet.infra;

import org.awaitility.Awaitility;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real STOMP-over-WebSocket client, anonymous or with a bearer token in its CONNECT frame, collecting the
 * messages of the topics it subscribed to and the ERROR frames the server answers.
 */
public final class StompFeed implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final AtomicLong RECEIPTS = new AtomicLong();
    /** Times out the receipts and sends the heartbeats of {@link #subscribeConfirmed}'s clients. */
    private static final TaskScheduler RECEIPT_TIMER = new ConcurrentTaskScheduler(
            Executors.newSingleThreadScheduledExecutor(runnable -> {
                var thread = new Thread(runnable, "stomp-feed-receipts");
                thread.setDaemon(true);
                return thread;
            }));

    private final WebSocketStompClient client;
    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> positionHeaders = new LinkedBlockingQueue<>();
    private final BlockingQueue<StompHeaders> messageHeaders = new LinkedBlockingQueue<>();
    private volatile StompSession session;
    private volatile StompHeaders connected;

    private StompFeed(WebSocketStompClient client) {
        this.client = client;
    }

    /** An anonymous client subscribed to {@code topic}; see {@link #subscribe(int, String, SimpleBrokerMessageHandler, String)}. */
    public static StompFeed subscribe(int port, String topic, SimpleBrokerMessageHandler broker) throws Exception {
        return subscribe(port, topic, broker, null);
    }

    /**
     * Connects (with {@code token} as bearer token, if not {@code null}), subscribes and returns once the broker has
     * registered the subscription (STOMP's SUBSCRIBE has no acknowledgement of its own), so nothing published
     * afterwards can be missed.
     */
    public static StompFeed subscribe(int port, String topic, SimpleBrokerMessageHandler broker, String token)
            throws Exception {
        int before = subscriptions(broker, topic);
        var feed = connect(port, token);
        feed.subscribeTo(topic);
        Awaitility.await().atMost(PATIENCE).until(() -> subscriptions(broker, topic) > before);
        return feed;
    }

    /**
     * Connects (with {@code token} as bearer token, if not {@code null}, sending heartbeats every 10 s), subscribes
     * asking for a {@code RECEIPT} and returns once it came: with an external broker (ADR 0026), which sends one when
     * it has registered the subscription, so nothing published afterwards can be missed. The in-process broker sends
     * none.
     */
    public static StompFeed subscribeConfirmed(int port, String topic, String token) throws Exception {
        var feed = start(port, token == null ? null : "Bearer " + token, RECEIPT_TIMER);
        Awaitility.await().atMost(PATIENCE).until(() -> feed.session != null || !feed.errors.isEmpty());
        if (feed.session == null) {
            throw new IllegalStateException("connection refused: " + feed.errors.peek());
        }
        var confirmed = new CompletableFuture<Void>();
        var headers = new StompHeaders();
        headers.setDestination(topic);
        headers.setReceipt("subscribed-" + RECEIPTS.incrementAndGet());
        feed.subscribeWith(headers).addReceiptTask(() -> confirmed.complete(null));
        try {
            confirmed.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            feed.close();
            throw new IllegalStateException("no receipt for the subscription to " + topic + ": " + feed.errors());
        }
        return feed;
    }

    /** A connected client, anonymous when {@code token} is {@code null}. */
    public static StompFeed connect(int port, String token) throws Exception {
        var feed = start(port, token == null ? null : "Bearer " + token);
        Awaitility.await().atMost(PATIENCE).until(() -> feed.session != null || !feed.errors.isEmpty());
        if (feed.session == null) {
            throw new IllegalStateException("connection refused: " + feed.errors.peek());
        }
        return feed;
    }

    /** Sends a CONNECT frame with this {@code Authorization} header and answers the ERROR it gets, if any. */
    public static String refusedConnection(int port, String authorization) throws Exception {
        try (var feed = start(port, authorization)) {
            return feed.awaitError();
        }
    }

    private static StompFeed start(int port, String authorization) {
        return start(port, authorization, null);
    }

    /**
     * With a {@code scheduler}, the client can wait for receipts and sends heartbeats every 10 s, as browsers' clients
     * do (an external broker closes a connection that stays silent longer than its time to live, ADR 0026).
     */
    private static StompFeed start(int port, String authorization, TaskScheduler scheduler) {
        var client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        if (scheduler != null) {
            client.setTaskScheduler(scheduler);
            client.setDefaultHeartbeat(new long[]{10_000, 10_000});
        }
        var feed = new StompFeed(client);
        var connectHeaders = new StompHeaders();
        if (authorization != null) {
            connectHeaders.add("Authorization", authorization);
        }
        client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(), connectHeaders,
                new StompSessionHandlerAdapter() {
                    @Override
                    public void afterConnected(StompSession connected, StompHeaders headers) {
                        feed.connected = headers;
                        feed.session = connected;
                    }

                    @Override
                    public Type getPayloadType(StompHeaders headers) {
                        return String.class;
                    }

                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        feed.errors.add(String.valueOf(headers.getFirst("message")));
                    }

                    @Override
                    public void handleException(StompSession failed, StompCommand command, StompHeaders headers,
                                                byte[] payload, Throwable exception) {
                        feed.errors.add(String.valueOf(exception.getMessage()));
                    }
                });
        return feed;
    }

    /** Sends a SUBSCRIBE frame without waiting for the broker. */
    public void subscribeTo(String topic) {
        var headers = new StompHeaders();
        headers.setDestination(topic);
        subscribeWith(headers);
    }

    /**
     * Sends a SUBSCRIBE frame that resumes after {@code position} ({@code x-from-position}), without waiting for the
     * broker.
     */
    public void subscribeFrom(String topic, long position) {
        var headers = new StompHeaders();
        headers.setDestination(topic);
        headers.add("x-from-position", String.valueOf(position));
        subscribeWith(headers);
    }

    /** The headers of the server's CONNECTED frame. */
    public StompHeaders connectedHeaders() {
        return connected;
    }

    /** The {@code x-position} headers of the messages received so far, in order of arrival. */
    public List<String> positionHeaders() {
        return List.copyOf(positionHeaders);
    }

    /** The headers of every message received so far, in order of arrival. */
    public List<StompHeaders> messageHeaders() {
        return List.copyOf(messageHeaders);
    }

    private StompSession.Subscription subscribeWith(StompHeaders subscription) {
        return session.subscribe(subscription, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders headers, Object payload) {
                var position = headers.getFirst("x-position");
                if (position != null) {
                    positionHeaders.add(position);
                }
                messageHeaders.add(headers);
                received.add((Map<String, Object>) payload);
            }
        });
    }

    /** Sends a SEND frame, as a client that tries to publish would. */
    public void send(String destination, Object payload) {
        session.send(destination, payload);
    }

    /** The message of the next ERROR frame, waiting at most ten seconds; {@code null} if none came. */
    public String awaitError() throws InterruptedException {
        return errors.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The messages of the ERROR frames (and transport failures) received so far, without waiting. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Whether the connection is still open. */
    public boolean isConnected() {
        var open = session;
        return open != null && open.isConnected();
    }

    /** The messages received and not yet taken, without waiting. */
    public List<Map<String, Object>> drain() {
        var messages = new ArrayList<Map<String, Object>>();
        received.drainTo(messages);
        return messages;
    }

    static int subscriptions(SimpleBrokerMessageHandler broker, String topic) {
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
        var open = session;
        if (open != null && open.isConnected()) {
            try {
                open.disconnect();
            } catch (org.springframework.messaging.MessageDeliveryException alreadyClosed) {
                // the server closed the connection first (it does after an ERROR frame)
            }
        }
        client.stop();
    }
}
