package de.regionet.query.networkevent;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.networkevent.NetworkEventFact;
import de.regionet.query.live.LiveTopic;
import de.regionet.query.live.LiveTopics;
import de.regionet.query.live.Subscribers;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * {@code /topic/network-events}, for anyone: events about published network events (metadata
 * {@code audience: PUBLIC}).
 */
@Component
class NetworkEventTopics implements LiveTopics {

    static final LiveTopic NETWORK_EVENTS = LiveTopic.of("/topic/network-events", Subscribers.ANYONE);

    @Override
    public List<LiveTopic> topics() {
        return List.of(NETWORK_EVENTS);
    }

    @Override
    public List<LiveTopic.Route> routes(Object payload, Map<String, ?> metaData) {
        return payload instanceof NetworkEventFact && EventMetaData.isPublic(metaData)
                ? List.of(NETWORK_EVENTS.route()) : List.of();
    }
}
