package de.regionet.infra.websocket;

import de.regionet.query.live.LiveTransport;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Position order on the node a client is connected to, whichever node published (ADR 0026): with a relay, every
 * message of the live feed is marked by its publisher ({@value #LIVE_FEED_HEADER}, removed here, so clients never see
 * it; the in-process broker has one publisher, and its messages are not marked and pass untouched), and a
 * subscription gets such a message only if its position lies beyond the last one it got. After a handover of the
 * live feed to another node, the new publisher starts from the token its predecessor last stored and sends its last
 * batch again: those messages are dropped here, and as each publisher sends every position in order, what passes
 * has no gap and no duplicate. Messages that are not the live feed's events (a region's target figures, which carry
 * the position they follow from; rebuild progress) pass as they come.
 */
@Component
class OrderedSubscriptions {

    /** The internal header by which the live feed's publisher marks its messages; never reaches a client. */
    static final String LIVE_FEED_HEADER = "x-live-feed";

    private record Key(String session, String subscription) {
    }

    /** Per session and subscription, the position of the last live-feed message it got. */
    private final Map<Key, Long> lastSent = new ConcurrentHashMap<>();

    /** For the inbound channel: forgets subscriptions that end. */
    ChannelInterceptor inbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
                if (accessor == null || accessor.getCommand() == null || accessor.getSessionId() == null) {
                    return message;
                }
                switch (accessor.getCommand()) {
                    case UNSUBSCRIBE -> lastSent.remove(new Key(accessor.getSessionId(), accessor.getSubscriptionId()));
                    case DISCONNECT -> lastSent.keySet().removeIf(key -> key.session().equals(accessor.getSessionId()));
                    default -> {
                    }
                }
                return message;
            }
        };
    }

    /** For the outbound channel, first: drops what a subscription already got, removes the publisher's mark. */
    ChannelInterceptor outbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                var accessor = MessageHeaderAccessor.getAccessor(message, SimpMessageHeaderAccessor.class);
                if (accessor == null || accessor.getMessageType() != SimpMessageType.MESSAGE
                        || accessor.getFirstNativeHeader(LIVE_FEED_HEADER) == null) {
                    return message;
                }
                var position = position(accessor);
                if (position != null && accessor.getSessionId() != null && accessor.getSubscriptionId() != null
                        && !advances(new Key(accessor.getSessionId(), accessor.getSubscriptionId()), position)) {
                    return null;
                }
                var headers = SimpMessageHeaderAccessor.wrap(message);
                headers.removeNativeHeader(LIVE_FEED_HEADER);
                return MessageBuilder.createMessage(message.getPayload(), headers.getMessageHeaders());
            }
        };
    }

    /** Whether the position lies beyond the last one the subscription got; if so, it is now the last. */
    private boolean advances(Key key, long position) {
        var advanced = new boolean[1];
        lastSent.compute(key, (ignored, last) -> {
            advanced[0] = last == null || position > last;
            return advanced[0] ? position : last;
        });
        return advanced[0];
    }

    private static Long position(SimpMessageHeaderAccessor accessor) {
        var value = accessor.getFirstNativeHeader(LiveTransport.POSITION_HEADER);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
