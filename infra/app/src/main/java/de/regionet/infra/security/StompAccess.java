package de.regionet.infra.security;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Authentication and authorisation of STOMP clients, on the inbound channel, before the broker sees a frame:
 * <ul>
 *     <li>{@code CONNECT} may carry {@code Authorization: Bearer <token>}, validated like an HTTP request's; an
 *     invalid token is refused, no header connects anonymously;</li>
 *     <li>{@code SUBSCRIBE} is allowed only as the features declare ({@link TopicRules}), and lands on the
 *     destination of the reader's audience where a topic has one per audience ({@code /topic/results});</li>
 *     <li>{@code SEND} is refused: clients only listen.</li>
 * </ul>
 * A refusal answers an {@code ERROR} frame, and the broker never registers the subscription.
 */
@Component
public class StompAccess implements ChannelInterceptor {

    private static final String BEARER = "Bearer ";

    private final JwtDecoder decoder;
    private final TokenClaims claims;
    private final TopicRules topics;

    StompAccess(JwtDecoder decoder, TokenClaims claims, TopicRules topics) {
        this.decoder = decoder;
        this.claims = claims;
        this.topics = topics;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message;
        }
        switch (accessor.getCommand()) {
            case CONNECT, STOMP -> authenticate(accessor, message);
            case SUBSCRIBE -> authorise(accessor, message);
            case SEND -> throw new MessageDeliveryException(message, "clients may not send to " + accessor.getDestination());
            default -> {
            }
        }
        return message;
    }

    private void authenticate(StompHeaderAccessor accessor, Message<?> message) {
        var header = accessor.getFirstNativeHeader("Authorization");
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new MessageDeliveryException(message, "the Authorization header must be Bearer <token>");
        }
        try {
            accessor.setUser(claims.convert(decoder.decode(header.substring(BEARER.length()).strip())));
        } catch (JwtException e) {
            throw new MessageDeliveryException(message, "the bearer token was refused: " + e.getMessage());
        }
        // the token stays here: a relayed CONNECT (ADR 0026) would hand it to the external broker otherwise
        accessor.removeNativeHeader("Authorization");
    }

    private void authorise(StompHeaderAccessor accessor, Message<?> message) {
        var user = accessor.getUser();
        var actor = DeclaredReadAccess.actorOf(user instanceof Authentication authentication ? authentication : null);
        var destination = accessor.getDestination();
        if (!topics.mayRead(actor, destination)) {
            throw new MessageDeliveryException(message, (actor.isPresent() ? actor.get().subject() : "an anonymous client")
                    + " may not subscribe to " + destination);
        }
        var registered = topics.audienceDestination(actor, destination);
        if (!registered.equals(destination)) {
            accessor.setDestination(registered);
        }
    }
}
