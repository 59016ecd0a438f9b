package de.regionet.infra.security;

import de.regionet.kernel.access.AuditScope;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.query.live.LiveRouting;
import de.regionet.query.live.LiveTransport;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The per-message half of a topic confined per network ({@code /topic/audit}): who may subscribe is decided at
 * {@code SUBSCRIBE} ({@link TopicRules}); each message of such a topic names the networks its event belongs to
 * ({@value #NETWORKS_HEADER}, none for the installation's own entries) and reaches a session only if its reader
 * reads the history of one of them ({@link AuditScope}: the operator every message). What each session reads is
 * decided once, when it connects; per message it is one lookup. As a subscriber of such a topic receives only some of
 * its messages, {@code x-previous-position} names the previous message of the topic this subscription was to
 * receive, so a client sees a gap only where it missed one of its own (none on the first it receives).
 */
@Component
public class SubscriberNetworks {

    /** The STOMP header naming, comma-separated, the networks a message's event belongs to. */
    public static final String NETWORKS_HEADER = "x-networks";

    private final Map<String, AuditScope> sessions = new ConcurrentHashMap<>();
    /** Per session and subscription, the position of the last confined message it was to receive. */
    private final Map<String, Long> lastDelivered = new ConcurrentHashMap<>();
    private final Networks networks;

    SubscriberNetworks(Networks networks) {
        this.networks = networks;
    }

    /** The header value for a delivery confined per network; {@code null} for one that is not. */
    public static String header(LiveRouting.Delivery delivery) {
        return delivery.networks() == null ? null : delivery.networks().stream().map(NetworkId::value).sorted()
                .collect(Collectors.joining(","));
    }

    /** For the inbound channel, after {@link StompAccess}: remembers what each session's reader reads. */
    public ChannelInterceptor inbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
                if (accessor == null || accessor.getCommand() == null || accessor.getSessionId() == null) {
                    return message;
                }
                switch (accessor.getCommand()) {
                    case CONNECT, STOMP -> sessions.put(accessor.getSessionId(), AuditScope.of(
                            DeclaredReadAccess.actorOf(accessor.getUser() instanceof Authentication signedIn
                                    ? signedIn : null), networks));
                    case DISCONNECT -> {
                        sessions.remove(accessor.getSessionId());
                        lastDelivered.keySet().removeIf(key -> key.startsWith(accessor.getSessionId() + "\n"));
                    }
                    case UNSUBSCRIBE -> lastDelivered.remove(key(accessor.getSessionId(),
                            accessor.getSubscriptionId()));
                    default -> {
                    }
                }
                return message;
            }
        };
    }

    /** For the outbound channel: drops a confined message for a session that reads none of its networks. */
    public ChannelInterceptor outbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                var accessor = MessageHeaderAccessor.getAccessor(message, SimpMessageHeaderAccessor.class);
                if (accessor == null || accessor.getMessageType() != SimpMessageType.MESSAGE) {
                    return message;
                }
                var owners = accessor.getFirstNativeHeader(NETWORKS_HEADER);
                if (owners == null) {
                    return message;
                }
                return delivers(accessor.getSessionId(), owners) ? withOwnPrevious(message, accessor) : null;
            }
        };
    }

    /** The message with the position of the previous one this subscription was to receive as its previous. */
    private Message<?> withOwnPrevious(Message<?> message, SimpMessageHeaderAccessor accessor) {
        var position = accessor.getFirstNativeHeader(LiveTransport.POSITION_HEADER);
        if (position == null || accessor.getSubscriptionId() == null) {
            return message;
        }
        Long previous;
        try {
            previous = lastDelivered.put(key(accessor.getSessionId(), accessor.getSubscriptionId()),
                    Long.valueOf(position));
        } catch (NumberFormatException notAPosition) {
            return message;
        }
        var headers = SimpMessageHeaderAccessor.wrap(message);
        if (previous == null) {
            headers.removeNativeHeader(LiveTransport.PREVIOUS_POSITION_HEADER);
        } else {
            headers.setNativeHeader(LiveTransport.PREVIOUS_POSITION_HEADER, String.valueOf(previous));
        }
        return MessageBuilder.createMessage(message.getPayload(), headers.getMessageHeaders());
    }

    private static String key(String session, String subscription) {
        return session + "\n" + subscription;
    }

    /** Whether a delivery (of a resumption's replay) goes to the session. */
    public boolean delivers(String session, LiveRouting.Delivery delivery) {
        return delivery.networks() == null
                || Optional.ofNullable(sessions.get(session)).orElse(AuditScope.nothing())
                .readsAny(delivery.networks());
    }

    private boolean delivers(String session, String owners) {
        var scope = session == null ? null : sessions.get(session);
        if (scope == null) {
            return false;
        }
        Set<NetworkId> named = Arrays.stream(owners.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .map(NetworkId::new).collect(Collectors.toSet());
        return scope.readsAny(named);
    }
}
