package de.regionet.infra.websocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The live feed's WebSocket connections on this node: each gets a queue for its frames in each direction
 * ({@link ClientQueues}) when it opens and a limit for one blocking write, and a slow consumer is closed here with a
 * reason that names where it resumes.
 */
final class LiveConnections implements ClientQueues.SlowConsumers {

    /** The WebSocket close code for a slow consumer: "policy violation" (RFC 6455). */
    static final int SLOW_CONSUMER = CloseStatus.POLICY_VIOLATION.getCode();
    /** Tomcat's limit for one blocking WebSocket write, in milliseconds (a session user property). */
    private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    private static final Logger log = LoggerFactory.getLogger(LiveConnections.class);

    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    private final ClientQueues inbound;
    private final ClientQueues outbound;
    private final long sendTimeLimitMillis;
    private final LiveMeters meters;
    /* Closing a connection whose socket takes nothing may wait for the write limit: never on a sender's thread. */
    private final ExecutorService closers = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "live-feed-closer");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param receivers           the pool that hands clients' frames to the broker
     * @param senders             the pool that writes to clients
     * @param backlogLimit        bytes that may wait for one client before it counts as a slow consumer
     * @param sendTimeLimitMillis longest one blocking write to a client may take
     */
    LiveConnections(Executor receivers, Executor senders, long backlogLimit, long sendTimeLimitMillis,
                    LiveMeters meters) {
        this.meters = meters;
        meters.sessions(sessions::size);
        // what a client sends is small and checked on arrival (64 KB a frame): its queue needs no bound
        this.inbound = new ClientQueues(receivers, Long.MAX_VALUE, (session, position) -> { });
        this.outbound = new ClientQueues(senders, backlogLimit, this);
        this.sendTimeLimitMillis = sendTimeLimitMillis;
    }

    /** The executor of the channel from clients. */
    ClientQueues inbound() {
        return inbound;
    }

    /** The executor of the channel to clients. */
    ClientQueues outbound() {
        return outbound;
    }

    /** Wraps the STOMP endpoint's handler, so every connection is known here from its first frame to its close. */
    WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                if (session instanceof NativeWebSocketSession withNative
                        && withNative.getNativeSession() instanceof jakarta.websocket.Session nativeSession) {
                    nativeSession.getUserProperties().put(BLOCKING_SEND_TIMEOUT, sendTimeLimitMillis);
                }
                sessions.put(session.getId(), session);
                inbound.opened(session.getId());
                outbound.opened(session.getId());
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
                sessions.remove(session.getId());
                meters.closed(session.getId());
                inbound.closed(session.getId());
                outbound.closed(session.getId());
                super.afterConnectionClosed(session, closeStatus);
            }
        };
    }

    @Override
    public void close(String sessionId, long lastPosition) {
        var session = sessions.get(sessionId);
        if (session == null) {
            return;
        }
        var reason = lastPosition < 0 ? "too slow: subscribe again"
                : "too slow: resume with x-from-position " + lastPosition;
        log.info("Closing live-feed connection {}, which does not keep up ({})", sessionId, reason);
        meters.slowConsumerClosed();
        closers.execute(() -> {
            try {
                session.close(new CloseStatus(SLOW_CONSUMER, reason));
            } catch (IOException | RuntimeException e) {
                log.debug("Closing {} failed", sessionId, e);
            }
        });
    }

    void stop() {
        closers.shutdownNow();
    }
}
