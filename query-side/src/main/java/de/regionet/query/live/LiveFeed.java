package de.regionet.query.live;

import de.regionet.kernel.EventMetaData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Pushes every stored event that concerns a region to {@code /topic/regions.{key}}. Runs in its own processing
 * group, which starts at the head of the event store: a feed reports what happens, it does not replay history.
 */
@Component
@ProcessingGroup(LiveFeed.NAME)
public class LiveFeed {

    public static final String NAME = "live-feed";

    private final SimpMessagingTemplate broker;

    LiveFeed(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @EventHandler
    @DisallowReplay
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        var regionKey = (String) event.getMetaData().get(EventMetaData.REGION_KEY);
        if (regionKey == null) {
            return;
        }
        broker.convertAndSend("/topic/regions." + regionKey, toMessage(payload, event, token, regionKey));
    }

    static LiveMessage toMessage(Object payload, EventMessage<?> event, TrackingToken token, String regionKey) {
        String aggregateId = null;
        long version = 0;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateId = domainEvent.getAggregateIdentifier();
            version = domainEvent.getSequenceNumber();
        }
        var position = token == null || token.position().isEmpty() ? null : token.position().getAsLong();
        return new LiveMessage(payload.getClass().getSimpleName(), aggregateId, version, position,
                event.getTimestamp(), regionKey, payload);
    }
}
