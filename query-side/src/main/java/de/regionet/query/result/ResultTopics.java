package de.regionet.query.result;

import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectEvent;
import de.regionet.query.live.LiveTopic;
import de.regionet.query.live.LiveTopics;
import de.regionet.query.live.Subscribers;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recorded and later widened project results, each on the topics of its {@link ResultAudience}:
 * {@code /topic/results} carries those shared with the public, {@code /topic/results.network} those and the ones
 * shared nation-wide, which every signed-in reader of every network may see. A result for its region or its network
 * only goes to neither (its region's topic has it: a signed-in reader of another network must not get it). One name
 * for every reader: a signed-in client's subscription to {@code /topic/results} is registered at
 * {@code /topic/results.network}.
 */
@Component
class ResultTopics implements LiveTopics {

    static final LiveTopic NETWORK_RESULTS = LiveTopic.of("/topic/results.network", Subscribers.SIGNED_IN);
    static final LiveTopic RESULTS = LiveTopic.of("/topic/results", Subscribers.ANYONE)
            .signedInReadersGet(NETWORK_RESULTS);

    @Override
    public List<LiveTopic> topics() {
        return List.of(RESULTS, NETWORK_RESULTS);
    }

    @Override
    public List<LiveTopic.Route> routes(Object payload, Map<String, ?> metaData) {
        Audience audience;
        if (payload instanceof ProjectEvent.ResultRecorded result) {
            audience = result.audience();
        } else if (payload instanceof ProjectEvent.ResultShared shared) {
            audience = shared.audience();
        } else {
            return List.of();
        }
        var routes = new ArrayList<LiveTopic.Route>();
        if (ResultAudience.reachesThePublic(audience)) {
            routes.add(RESULTS.route());
        }
        if (ResultAudience.reachesEverySignedInReader(audience)) {
            routes.add(NETWORK_RESULTS.route());
        }
        return routes;
    }
}
