package de.regionet.query.network;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The installation's networks and their regions, public: which state programme communities RegioNet serves, and
 * which districts, cities and labour-market regions (with their member territories) belong to each.
 */
@RestController
class NetworksController {

    /** A network as the API shows it: its id, name, the state's official key and the key prefixes it holds. */
    record NetworkView(String id, String name, String stateKey, List<String> keyPrefixes) {

        static NetworkView of(Network network) {
            return new NetworkView(network.id().value(), network.name(), network.stateKey(), network.keyPrefixes());
        }
    }

    private final Networks networks;
    private final RegionProjection regions;

    NetworksController(Networks networks, RegionProjection regions) {
        this.networks = networks;
        this.regions = regions;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/networks")
    List<NetworkView> list() {
        return networks.all().stream().map(NetworkView::of).toList();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/networks/{id}")
    NetworkView one(@PathVariable NetworkId id) {
        return NetworkView.of(network(id));
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/networks/{id}/regions")
    List<RegionView> regions(@PathVariable NetworkId id) {
        var network = network(id);
        return regions.regions().all("_id").stream().map(region -> region.inNetwork(networks))
                .filter(region -> region.network().equals(network.id().value())).toList();
    }

    private Network network(NetworkId id) {
        return networks.find(id).orElseThrow(() -> Rejection.notFound("there is no network " + id));
    }
}
