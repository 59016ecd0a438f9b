package de.regionet.kernel.network;

import de.regionet.kernel.region.RegionKey;

import java.util.List;
import java.util.Optional;

/**
 * The networks of this installation (configuration, {@code regionet.networks}); the application provides it. Key
 * prefixes do not overlap, so a region key belongs to at most one network.
 */
public interface Networks {

    List<Network> all();

    default Optional<Network> find(NetworkId id) {
        return all().stream().filter(network -> network.id().equals(id)).findFirst();
    }

    /** The network a region with this key belongs to, if any network holds its state. */
    default Optional<Network> of(RegionKey region) {
        return all().stream().filter(network -> network.holds(region)).findFirst();
    }

    /**
     * The network of users and tokens that name no grants, and of everything recorded before networks: the first
     * configured, {@code sachsen-anhalt} unless configured otherwise.
     */
    default Network defaultNetwork() {
        return all().get(0);
    }

    /** The three networks the seeds describe, the default when nothing is configured. */
    static List<Network> known() {
        return List.of(
                new Network(NetworkId.SACHSEN_ANHALT, "REGIO AKTIV Sachsen-Anhalt", "15"),
                new Network(new NetworkId("nordrhein-westfalen"), "Regionalagenturen Nordrhein-Westfalen", "05"),
                new Network(new NetworkId("hessen"), "Arbeitsmarktkooperation Hessen", "06"));
    }
}
