package de.regionet.query.region;

import de.regionet.kernel.EventMetaData;
import de.regionet.query.live.LiveTopic;
import de.regionet.query.live.LiveTopics;
import de.regionet.query.live.Subscribers;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * {@code /topic/regions.{key}}, for whoever may read the region (the network office, auditors, the region's
 * coordination): every event that concerns the region; an event concerning several, such as a state-wide
 * agreement's, goes to each of them. Carries whole events, the confidential ones of a working group included.
 */
@Component
public class RegionTopics implements LiveTopics {

    /** The topic of one region; other features that tell a region something live send to it. */
    public static final LiveTopic REGION = LiveTopic.of("/topic/regions." + LiveTopic.REGION,
            Subscribers.READERS_OF_THE_REGION);

    @Override
    public List<LiveTopic> topics() {
        return List.of(REGION);
    }

    @Override
    public List<LiveTopic.Route> routes(Object payload, Map<String, ?> metaData) {
        return EventMetaData.regionsOf(metaData).stream().map(REGION::route).toList();
    }
}
