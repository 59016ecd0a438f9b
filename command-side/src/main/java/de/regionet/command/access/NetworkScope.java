package de.regionet.command.access;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import org.axonframework.messaging.MetaData;

import java.util.stream.Collectors;

/**
 * The network rule for what belongs to a network as a whole rather than to one of its regions (news, network
 * events): it belongs to the network it was created in, and only that network's office acts for it. A new one goes
 * to the network its command names, else to the one network its sender is the office of, else (the installation's
 * own principals) to the default network.
 */
public final class NetworkScope {

    private NetworkScope() {
    }

    /** The network a new record of the whole network belongs to; checks that the sender is its office. */
    public static NetworkId forNew(MetaData metaData, NetworkId named, Networks networks, String what) {
        var actor = sender(metaData);
        NetworkId network;
        if (named != null) {
            network = networks.find(named).orElseThrow(() -> Rejection.invalid("network", "there is no network "
                    + named + "; the networks are " + networks.all().stream().map(found -> found.id().value())
                    .collect(Collectors.joining(", ")))).id();
        } else if (actor.networksWith(Role.NETWORK_OFFICE).size() == 1) {
            network = actor.networksWith(Role.NETWORK_OFFICE).iterator().next();
        } else {
            network = networks.defaultNetwork().id();
        }
        checkOffice(metaData, network, what);
        return network;
    }

    /** Only the office of {@code network} acts for {@code what}, which belongs to that network as a whole. */
    public static void checkOffice(MetaData metaData, NetworkId network, String what) {
        var actor = sender(metaData);
        if (!actor.has(Role.NETWORK_OFFICE, network)) {
            throw Rejection.forbidden(actor.subject() + " may not act for " + what + " of network " + network
                    + ": only that network's office may");
        }
    }

    /**
     * For installation-wide operations (rebuilding read models, retrying dead letters, importing history, answering
     * access and erasure requests): they touch every network's data, so only the operator does them, or the office of
     * the default network, which did them before the installation had several networks. Another network's office is
     * refused (403) and asks the operator.
     */
    public static void checkInstallation(MetaData metaData, Networks networks, String what) {
        checkInstallation(sender(metaData), networks, what);
    }

    /** {@link #checkInstallation(MetaData, Networks, String)} for an edge that must know before it starts the work. */
    public static void checkInstallation(Actor actor, Networks networks, String what) {
        var home = networks.defaultNetwork().id();
        if (!actor.has(Role.OPERATOR) && !actor.has(Role.NETWORK_OFFICE, home)) {
            throw Rejection.forbidden(actor.subject() + " may not " + what + ": it concerns every network of the "
                    + "installation, so only the operator or the office of the default network " + home + " may");
        }
    }

    private static Actor sender(MetaData metaData) {
        return Actor.fromMetaData(metaData)
                .orElseThrow(() -> Rejection.forbidden("commands must be sent by a signed-in user"));
    }
}
