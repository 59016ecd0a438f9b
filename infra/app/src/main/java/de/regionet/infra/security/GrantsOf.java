package de.regionet.infra.security;

import de.regionet.kernel.access.Grant;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the roles a configured user or a token names become {@link Grant}s: roles named without a network hold in
 * the default network, except {@code OPERATOR}, which holds in every network; a role named for a network holds
 * there, if the installation has that network.
 */
final class GrantsOf {

    private GrantsOf() {
    }

    /** Roles named without a network, with the region keys of a coordinator. */
    static List<Grant> defaultNetwork(Networks networks, Collection<Role> roles, Collection<RegionKey> regions) {
        return roles.stream().distinct().sorted().map(role -> role == Role.OPERATOR
                ? Grant.everywhere(role, Set.of())
                : Grant.in(networks.defaultNetwork(), role, Set.copyOf(regions))).toList();
    }

    /**
     * A role named for a network; empty where the installation has no network of that id (or none is named, unless
     * the role is the operator's).
     */
    static Optional<Grant> in(Networks networks, String network, Role role, Collection<RegionKey> regions) {
        if (role == Role.OPERATOR) {
            return Optional.of(Grant.everywhere(role, Set.of()));
        }
        if (network == null) {
            return Optional.empty();
        }
        try {
            return networks.find(new NetworkId(network)).map(found -> Grant.in(found, role, Set.copyOf(regions)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
