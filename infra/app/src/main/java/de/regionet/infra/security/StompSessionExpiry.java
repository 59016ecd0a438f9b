package de.regionet.infra.security;

import jakarta.annotation.PreDestroy;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A STOMP session lives no longer than the token it connected with. At the token's {@code exp} (no clock skew:
 * the session's clock is ours) the client gets an {@code ERROR} frame saying so and the connection is closed; it
 * connects again with a new token and resumes with {@code x-from-position}. From {@code exp} on, no topic message
 * reaches the session any more, even if the closing is a moment late. A token already expired at {@code CONNECT}
 * is refused. Anonymous sessions carry no token and do not expire (they read only what is public).
 */
@Component
public class StompSessionExpiry {

    private record Session(Instant expiresAt, ScheduledFuture<?> closing) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "stomp-token-expiry");
        thread.setDaemon(true);
        return thread;
    });
    private final ApplicationContext context;
    private final Clock clock;

    StompSessionExpiry(ApplicationContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** For the inbound channel, after {@link StompAccess}: starts and ends the watch over each session. */
    public ChannelInterceptor inbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
                if (accessor == null || accessor.getCommand() == null) {
                    return message;
                }
                switch (accessor.getCommand()) {
                    case CONNECT, STOMP -> watch(accessor, message);
                    case DISCONNECT -> forget(accessor.getSessionId());
                    default -> {
                    }
                }
                return message;
            }
        };
    }

    /** For the outbound channel: nothing more for a session whose token has expired. */
    public ChannelInterceptor outbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                var accessor = MessageHeaderAccessor.getAccessor(message, SimpMessageHeaderAccessor.class);
                if (accessor == null || accessor.getMessageType() != SimpMessageType.MESSAGE) {
                    return message;
                }
                var session = sessions.get(accessor.getSessionId());
                return session != null && !clock.instant().isBefore(session.expiresAt()) ? null : message;
            }
        };
    }

    private void watch(StompHeaderAccessor accessor, Message<?> message) {
        if (!(accessor.getUser() instanceof ActorAuthentication signedIn)
                || !(signedIn.getCredentials() instanceof Jwt token) || token.getExpiresAt() == null) {
            return;
        }
        var expiresAt = token.getExpiresAt();
        var left = Duration.between(clock.instant(), expiresAt);
        if (left.isNegative() || left.isZero()) {
            throw new MessageDeliveryException(message, "the bearer token expired at " + expiresAt
                    + ": sign in again and connect with the new token");
        }
        var id = accessor.getSessionId();
        var closing = timer.schedule(() -> expire(id, expiresAt), left.toMillis(), TimeUnit.MILLISECONDS);
        var earlier = sessions.put(id, new Session(expiresAt, closing));
        if (earlier != null) {
            earlier.closing().cancel(false);
        }
    }

    private void forget(String id) {
        var session = id == null ? null : sessions.remove(id);
        if (session != null) {
            session.closing().cancel(false);
        }
    }

    /** An ERROR frame to the client; the STOMP endpoint closes the connection after sending it. */
    private void expire(String id, Instant expiresAt) {
        var error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setSessionId(id);
        error.setMessage("the bearer token expired at " + expiresAt + ": sign in again, connect with the new token "
                + "and resume with x-from-position");
        error.setLeaveMutable(true);
        context.getBean("clientOutboundChannel", MessageChannel.class)
                .send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
