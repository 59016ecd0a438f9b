package de.regionet.infra.network;

import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** The networks as configured, checked at start: valid ids and keys, no id twice, no key prefix in two networks. */
@Component
class ConfiguredNetworks implements Networks {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredNetworks.class);

    private final List<Network> networks;

    ConfiguredNetworks(NetworkSettings settings) {
        this.networks = settings.networks().isEmpty() ? Networks.known() : read(settings.networks());
        log.info("Networks: {}", networks.stream().map(network -> network.id() + " (" + String.join(", ",
                network.keyPrefixes()) + ")").toList());
    }

    private static List<Network> read(List<NetworkSettings.Entry> entries) {
        var networks = new ArrayList<Network>();
        var prefixes = new HashMap<String, NetworkId>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var at = "regionet.networks[" + i + "]";
            Network network;
            try {
                network = new Network(new NetworkId(entry.id()), entry.name(), entry.stateKey(), entry.keyPrefixes());
            } catch (IllegalArgumentException invalid) {
                throw new IllegalStateException(at + ": " + invalid.getMessage());
            }
            if (networks.stream().anyMatch(other -> other.id().equals(network.id()))) {
                throw new IllegalStateException(at + ": the id " + network.id() + " is used twice");
            }
            for (var prefix : network.keyPrefixes()) {
                var holder = prefixes.putIfAbsent(prefix, network.id());
                if (holder != null) {
                    throw new IllegalStateException(at + ": region keys starting " + prefix + " belong to "
                            + holder + " already");
                }
            }
            networks.add(network);
        }
        return List.copyOf(networks);
    }

    @Override
    public List<Network> all() {
        return networks;
    }
}
