package de.regionet.query.network;

import de.regionet.query.live.LiveTopic;
import de.regionet.query.live.LiveTopics;
import de.regionet.query.live.Subscribers;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The network office's and auditors' topics, each with every event of their networks: {@code /topic/network-activity}
 * for the dashboard, and {@code /topic/audit}, whose messages also name who caused the event and in which request.
 * The audit topic is the audit trail's: the operator subscribes too. On both, each subscriber receives the events of
 * the networks whose history it reads only.
 */
@Component
public class NetworkTopics implements LiveTopics {

    /**
     * Every event with its origin, each to the readers of its network's history; the processing operations announce
     * read-model rebuilds here too (to every subscriber: they are the installation's).
     */
    public static final LiveTopic AUDIT = LiveTopic.of("/topic/audit", Subscribers.AUDIT_READERS)
            .withOrigin().perNetwork();
    /** Every event, each to the offices and auditors of its network: a dashboard shows its own network's activity. */
    static final LiveTopic NETWORK_ACTIVITY = LiveTopic.of("/topic/network-activity",
            Subscribers.NETWORK_OFFICE_AND_AUDITORS).perNetwork();

    @Override
    public List<LiveTopic> topics() {
        return List.of(AUDIT, NETWORK_ACTIVITY);
    }

    @Override
    public List<LiveTopic.Route> routes(Object payload, Map<String, ?> metaData) {
        return List.of(AUDIT.route(), NETWORK_ACTIVITY.route());
    }
}
