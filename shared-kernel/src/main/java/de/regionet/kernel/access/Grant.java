package de.regionet.kernel.access;

import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;

import java.util.Set;

/**
 * A role a principal holds in one network, with the region keys it holds there as a coordinator. {@code states} are
 * the network's key prefixes, carried along so that a grant decides on a region key by itself. A grant of no
 * network ({@code network} null) holds in every network: for the installation's own principals (import, demo) and
 * for the operator.
 */
public record Grant(NetworkId network, Set<String> states, Role role, Set<RegionKey> regions) {

    public Grant {
        if (role == null) {
            throw new IllegalArgumentException("a grant names a role");
        }
        states = network == null || states == null ? Set.of() : Set.copyOf(states);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
    }

    /** {@code role} in {@code network}. */
    public static Grant in(Network network, Role role, Set<RegionKey> regions) {
        return new Grant(network.id(), Set.copyOf(network.keyPrefixes()), role, regions);
    }

    /** {@code role} in every network. */
    public static Grant everywhere(Role role, Set<RegionKey> regions) {
        return new Grant(null, Set.of(), role, regions);
    }

    /** Whether this grant holds in the network with this id. */
    public boolean holdsIn(NetworkId id) {
        return network == null || network.equals(id);
    }

    /** Whether the region lies in this grant's network. */
    public boolean covers(RegionKey region) {
        return network == null || states.contains(region.stateKey());
    }

    /** Whether this grant lets its holder act for the region: an office of its network, a coordinator of it. */
    public boolean actsFor(RegionKey region) {
        return covers(region) && (role == Role.NETWORK_OFFICE
                || role == Role.REGIONAL_COORDINATOR && regions.contains(region));
    }
}
