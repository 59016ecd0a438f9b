package de.regionet.infra.websocket;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of a client's frames reaches the broker, last on the inbound channel: clients only listen, so a
 * {@code SUBSCRIBE} goes on with its {@code id}, {@code destination} and {@code receipt} only, and acknowledgements
 * and transactions go nowhere. An external broker (ADR 0026) would otherwise take a client's {@code ack:client} (and
 * keep every message for a client that never acknowledges), a selector, or queue arguments (RabbitMQ's {@code x-}
 * headers); the in-process broker ignores them anyway.
 */
final class ForwardedFrames implements ChannelInterceptor {

    private static final Set<String> SUBSCRIBE_HEADERS = Set.of(StompHeaderAccessor.STOMP_ID_HEADER,
            StompHeaderAccessor.STOMP_DESTINATION_HEADER, StompHeaderAccessor.STOMP_RECEIPT_HEADER);

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message;
        }
        return switch (accessor.getCommand()) {
            case SUBSCRIBE -> {
                Map<String, List<String>> headers = accessor.toNativeHeaderMap();
                headers.keySet().stream().filter(name -> !SUBSCRIBE_HEADERS.contains(name)).toList()
                        .forEach(accessor::removeNativeHeader);
                yield message;
            }
            case ACK, NACK, BEGIN, COMMIT, ABORT -> null;
            default -> message;
        };
    }
}
