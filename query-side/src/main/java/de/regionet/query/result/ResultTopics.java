package de.regionet.query.result;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.region.RegionKey;
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
 * {@code /topic/results} carries those shared with the public; {@code /topic/results.network} those and the ones
 * shared nation-wide, which every signed-in reader of every network may see; {@code /topic/results.network.<id>}
 * those and the ones network {@code id} shares with itself. A result for its region only goes to none of them (its
 * region's topic has it). One name for every reader: a signed-in client's subscription to {@code /topic/results} is
 * registered at its network's destination, or at {@code /topic/results.network} for a reader of several networks
 * ({@link LiveTopic#signedInReadersGetPerNetwork}); no client names a network's destination itself.
 */
@Component
class ResultTopics implements LiveTopics {

    static final LiveTopic NETWORK_RESULTS = LiveTopic.of("/topic/results.network", Subscribers.SIGNED_IN);
    static final LiveTopic RESULTS = LiveTopic.of("/topic/results", Subscribers.ANYONE)
            .signedInReadersGetPerNetwork(NETWORK_RESULTS);

    private final Networks networks;

    ResultTopics(Networks networks) {
        this.networks = networks;
    }

    private LiveTopic.Route ofNetwork(NetworkId network) {
        return new LiveTopic.Route(NETWORK_RESULTS, LiveTopic.ofNetwork(NETWORK_RESULTS, network.value()));
    }

    /** The network of the result's region; a key no network holds is Saxony-Anhalt's (stored before networks). */
    private NetworkId networkOf(String regionKey) {
        return regionKey != null && RegionKey.isValid(regionKey) ? networks.of(new RegionKey(regionKey))
                .map(Network::id).orElse(NetworkId.SACHSEN_ANHALT) : NetworkId.SACHSEN_ANHALT;
    }

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
            networks.all().forEach(network -> routes.add(ofNetwork(network.id())));
        } else if (audience == Audience.NETWORK) {
            routes.add(ofNetwork(networkOf(EventMetaData.text(metaData, EventMetaData.REGION_KEY))));
        }
        return routes;
    }
}
