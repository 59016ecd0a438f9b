package de.regionet.query.agreement;

import de.regionet.kernel.agreement.AgreementEvent;
import de.regionet.query.live.LiveTopic;
import de.regionet.query.live.LiveTopics;
import de.regionet.query.live.Subscribers;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** {@code /topic/agreements}, for every signed-in reader: every event of every cooperation agreement. */
@Component
class AgreementTopics implements LiveTopics {

    static final LiveTopic AGREEMENTS = LiveTopic.of("/topic/agreements", Subscribers.SIGNED_IN);

    @Override
    public List<LiveTopic> topics() {
        return List.of(AGREEMENTS);
    }

    @Override
    public List<LiveTopic.Route> routes(Object payload, Map<String, ?> metaData) {
        return payload instanceof AgreementEvent ? List.of(AGREEMENTS.route()) : List.of();
    }
}
