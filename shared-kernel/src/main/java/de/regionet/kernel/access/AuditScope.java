package de.regionet.kernel.access;

import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whose recorded history a reader of the audit trail (the audit API, its export, the auditors' console and
 * {@code /topic/audit}) sees: that of the networks it is an auditor or the office of. The operator, and principals
 * whose audit roles hold in every network (the installation's own), see everything installation-wide, and so does a
 * reader whose roles cover every network of the installation (in an installation of one network, its auditors).
 *
 * @param everything whether the reader sees the whole installation, including the installation's own entries
 * @param networks   the networks whose history the reader sees (all of them where {@code everything})
 */
public record AuditScope(boolean everything, Set<NetworkId> networks) {

    /** The roles that read the audit trail. */
    public static final Set<Role> READERS = Set.of(Role.AUDITOR, Role.NETWORK_OFFICE, Role.OPERATOR);

    public AuditScope {
        networks = Set.copyOf(networks);
    }

    /** A reader of nothing: anonymous, or without a role that reads the audit trail. */
    public static AuditScope nothing() {
        return new AuditScope(false, Set.of());
    }

    /** What this reader sees of the audit trail of an installation of these networks. */
    public static AuditScope of(Optional<Actor> reader, Networks installation) {
        if (reader.isEmpty()) {
            return nothing();
        }
        var networks = new HashSet<NetworkId>();
        boolean everything = false;
        for (var grant : reader.get().grants()) {
            if (!READERS.contains(grant.role())) {
                continue;
            }
            if (grant.network() == null) {
                everything = true;
            } else {
                networks.add(grant.network());
            }
        }
        var all = installation.all().stream().map(Network::id).toList();
        if (everything || !networks.isEmpty() && networks.containsAll(all)) {
            return new AuditScope(true, Set.copyOf(all));
        }
        return new AuditScope(false, networks);
    }

    /** Whether the reader sees the history of this network. */
    public boolean reads(NetworkId network) {
        return everything || networks.contains(network);
    }

    /**
     * Whether the reader sees what belongs to these networks: one of them is the reader's; what belongs to none (the
     * installation's own) only a reader of {@link #everything}.
     */
    public boolean readsAny(Collection<NetworkId> owners) {
        return everything || owners.stream().anyMatch(networks::contains);
    }

    /** Whether the reader sees anything at all. */
    public boolean readsSomething() {
        return everything || !networks.isEmpty();
    }

    /** This scope narrowed to one network, which it must read. */
    public AuditScope narrowedTo(NetworkId network) {
        if (!reads(network)) {
            throw new IllegalArgumentException("the scope does not read " + network);
        }
        return new AuditScope(false, Set.of(network));
    }
}
