package de.regionet.query.live;

import java.util.List;
import java.util.Map;

/**
 * A feature's live topics: the topics it publishes, with who may subscribe to each, and which of them carry a
 * stored event. One declaration per feature, a Spring bean in the feature's own package; the live feed asks every
 * declaration where an event goes, the STOMP security asks them who may subscribe, and neither knows a feature.
 */
public interface LiveTopics {

    /** Every topic of this feature, each with who may read it. */
    List<LiveTopic> topics();

    /**
     * The destinations among this feature's topics that carry a stored event, judged by its payload and its
     * metadata (read with {@link de.regionet.kernel.EventMetaData}); none for an event that is not the feature's.
     */
    List<LiveTopic.Route> routes(Object payload, Map<String, ?> metaData);
}
