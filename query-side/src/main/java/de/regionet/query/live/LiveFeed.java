package de.regionet.query.live;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.agreement.AgreementEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Pushes every stored event that concerns a region to {@code /topic/regions.{key}} (an event concerning several,
 * such as a state-wide agreement's, to each of them), every agreement event to {@code /topic/agreements}, and every
 * stored event with who caused it to {@code /topic/audit}. Runs in its own processing group, which starts at the
 * head of the event store: a feed reports what happens, it does not replay history. Who may subscribe to which
 * topic is declared in one table next to the broker.
 */
@Component
@ProcessingGroup(LiveFeed.NAME)
public class LiveFeed {

    public static final String NAME = "live-feed";
    public static final String AUDIT_TOPIC = "/topic/audit";
    public static final String REGION_TOPIC_PREFIX = "/topic/regions.";
    public static final String AGREEMENTS_TOPIC = "/topic/agreements";

    private final SimpMessagingTemplate broker;

    LiveFeed(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @EventHandler
    @DisallowReplay
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        var regionKey = (String) event.getMetaData().get(EventMetaData.REGION_KEY);
        var message = toMessage(payload, event, token, regionKey);
        for (var region : regionsOf(event.getMetaData())) {
            broker.convertAndSend(REGION_TOPIC_PREFIX + region, message);
        }
        if (payload instanceof AgreementEvent) {
            broker.convertAndSend(AGREEMENTS_TOPIC, message);
        }
        broker.convertAndSend(AUDIT_TOPIC, message.forAudit(text(event, EventMetaData.PRINCIPAL),
                text(event, EventMetaData.CORRELATION_ID)));
    }

    static LiveMessage toMessage(Object payload, EventMessage<?> event, TrackingToken token, String regionKey) {
        String aggregateId = null;
        long version = 0;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateId = domainEvent.getAggregateIdentifier();
            version = domainEvent.getSequenceNumber();
        }
        var position = event.getMetaData().get(EventMetaData.GLOBAL_POSITION) instanceof Number number
                ? Long.valueOf(number.longValue()) : null;
        return new LiveMessage(payload.getClass().getSimpleName(), aggregateId, version, position,
                event.getTimestamp(), regionKey, payload, null, null);
    }

    /** The region an event concerns and every other one it lists, each once. */
    static Set<String> regionsOf(MetaData metaData) {
        var regions = new LinkedHashSet<String>();
        if (metaData.get(EventMetaData.REGION_KEY) instanceof String key) {
            regions.add(key);
        }
        if (metaData.get(EventMetaData.REGION_KEYS) instanceof Collection<?> keys) {
            keys.forEach(key -> regions.add(String.valueOf(key)));
        }
        return regions;
    }

    private static String text(EventMessage<?> event, String key) {
        return event.getMetaData().get(key) instanceof String value ? value : null;
    }
}
