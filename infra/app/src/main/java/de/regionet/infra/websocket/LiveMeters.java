package de.regionet.infra.websocket;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The live feed's meters on this node (README "Metrics and health"): open connections, subscriptions the broker
 * registered, messages sent to clients, subscriptions that resumed with {@code x-from-position} (each starts a
 * replay), and connections closed as slow consumers. No tag names a client or a topic: a counter increment per frame.
 */
@Component
class LiveMeters {

    static final String SESSIONS = "regionet.live.sessions";
    static final String SUBSCRIPTIONS = "regionet.live.subscriptions";
    static final String MESSAGES = "regionet.live.messages";
    static final String RESUMPTIONS = "regionet.live.resumptions";
    static final String SLOW_CONSUMERS = "regionet.live.slow.consumers.closed";

    /** Marks a SUBSCRIBE that came with {@code x-from-position}; not a STOMP header, so never forwarded. */
    private static final String RESUMING = "regionet.resuming";

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> subscriptions = new ConcurrentHashMap<>();
    private final Counter messages;
    private final Counter resumptions;
    private final Counter slowConsumers;

    LiveMeters(MeterRegistry registry) {
        this.registry = registry;
        this.messages = Counter.builder(MESSAGES).description("messages sent to live-feed clients").register(registry);
        this.resumptions = Counter.builder(RESUMPTIONS)
                .description("subscriptions that resumed from a position (x-from-position), replaying what was missed")
                .register(registry);
        this.slowConsumers = Counter.builder(SLOW_CONSUMERS)
                .description("live-feed connections closed because they did not keep up").register(registry);
        Gauge.builder(SUBSCRIPTIONS, subscriptions, all -> all.values().stream().mapToInt(AtomicInteger::get).sum())
                .strongReference(true).description("subscriptions of the live-feed clients connected to this node")
                .register(registry);
    }

    /** The connections open now, as the transport knows them. */
    void sessions(IntSupplier open) {
        Gauge.builder(SESSIONS, open, IntSupplier::getAsInt).strongReference(true)
                .description("live-feed (STOMP over WebSocket) connections open on this node").register(registry);
    }

    void slowConsumerClosed() {
        slowConsumers.increment();
    }

    /**
     * Counts subscriptions once the broker took them (a refused one never gets there), and resumptions. Whether a
     * subscription resumes is noted on its way in, since the header is taken off before the
     * broker sees it ({@link ResumableSubscriptions}, {@link ForwardedFrames}).
     */
    ExecutorChannelInterceptor inbound() {
        return new ExecutorChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
                if (accessor != null && accessor.isMutable() && accessor.getCommand() == StompCommand.SUBSCRIBE
                        && accessor.getFirstNativeHeader(ResumableSubscriptions.FROM_POSITION) != null) {
                    accessor.setHeader(RESUMING, Boolean.TRUE);
                }
                return message;
            }

            @Override
            public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                                            Exception failure) {
                var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
                if (!(handler instanceof AbstractBrokerMessageHandler) || failure != null || accessor == null
                        || accessor.getCommand() == null || accessor.getSessionId() == null) {
                    return;
                }
                var session = accessor.getSessionId();
                switch (accessor.getCommand()) {
                    case SUBSCRIBE -> {
                        subscriptions.computeIfAbsent(session, any -> new AtomicInteger()).incrementAndGet();
                        if (accessor.getHeader(RESUMING) != null) {
                            resumptions.increment();
                        }
                    }
                    case UNSUBSCRIBE -> subscriptions.computeIfPresent(session,
                            (key, count) -> count.decrementAndGet() <= 0 ? null : count);
                    case DISCONNECT -> subscriptions.remove(session);
                    default -> {
                    }
                }
            }
        };
    }

    /** Counts the messages that leave for clients. */
    ChannelInterceptor outbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.MESSAGE) {
                    messages.increment();
                }
                return message;
            }
        };
    }

    /** A connection that ended without DISCONNECT still takes its subscriptions with it. */
    void closed(String sessionId) {
        subscriptions.remove(sessionId);
    }
}
