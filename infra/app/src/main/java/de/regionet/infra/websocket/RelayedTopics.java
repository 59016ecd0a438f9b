package de.regionet.infra.websocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessagingTemplate;

/**
 * What the application publishes to its topics with when they are relayed to an external broker (ADR 0026): while
 * the broker cannot be reached, a message is dropped (logged once per outage) instead of failing whoever sent it, so
 * no read model's handler fails, and no event is parked, because the broker is away. The live feed's clients lose
 * their relayed connections meanwhile, and resume from their last position once they can connect again; the live
 * feed's own {@code x-previous-position} still names what was dropped, so a client that kept its connection sees the
 * gap.
 */
final class RelayedTopics extends SimpMessagingTemplate {

    private static final Logger log = LoggerFactory.getLogger(RelayedTopics.class);

    private volatile boolean away;

    RelayedTopics(SimpMessagingTemplate broker) {
        super(broker.getMessageChannel());
        setMessageConverter(broker.getMessageConverter());
        setUserDestinationPrefix(broker.getUserDestinationPrefix());
        setSendTimeout(broker.getSendTimeout());
        var initializer = broker.getHeaderInitializer();
        if (initializer != null) {
            setHeaderInitializer(initializer);
        }
    }

    @Override
    protected void doSend(String destination, Message<?> message) {
        try {
            super.doSend(destination, message);
            if (away) {
                away = false;
                log.info("The live-feed broker takes messages again");
            }
        } catch (MessageDeliveryException e) {
            if (!away) {
                away = true;
                log.warn("The live-feed broker cannot be reached; messages to live topics are dropped until it can "
                        + "(clients resume from their last position): {}", e.getMessage());
            }
        }
    }
}
