package de.regionet.query.access;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ActorPrincipal;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a reader of a public endpoint may see beyond what is published: a network's office, which writes it, and its
 * auditors also see that network's drafts, scheduled and withdrawn items and who registered. The roles come
 * from the signed-in principal, as the security layer put it on the request.
 */
public final class Readers {

    private Readers() {
    }

    /**
     * Whether the reader sees what {@code network} has not published: its office and its auditors, nobody of
     * another network. {@code network} {@code null} (a record projected before networks) is Saxony-Anhalt's.
     */
    public static boolean seesUnpublished(HttpServletRequest request, String network) {
        var in = new NetworkId(network == null ? NetworkId.SACHSEN_ANHALT.value() : network);
        return actor(request).filter(reader -> reader.has(Role.NETWORK_OFFICE, in) || reader.has(Role.AUDITOR, in))
                .isPresent();
    }

    /**
     * Whether the reader shares in what {@code network} shares with its own people (decision logs, projects, texts of
     * agreements): it holds some role there, or in every network. {@code null} (a record projected before networks)
     * is Saxony-Anhalt's. Anonymous readers and people of other networks do not.
     */
    public static boolean sharesIn(HttpServletRequest request, String network) {
        var in = new NetworkId(network == null ? NetworkId.SACHSEN_ANHALT.value() : network);
        return actor(request).filter(reader -> reader.grants().stream().anyMatch(grant -> grant.holdsIn(in)))
                .isPresent();
    }

    /**
     * Whether the reader shares in what the network of the region {@code regionKey} shares with its own people: it
     * holds some role in the network the key lies in, or in every network. {@code null} is Saxony-Anhalt's.
     */
    public static boolean sharesInNetworkOf(HttpServletRequest request, String regionKey) {
        if (regionKey == null || !RegionKey.isValid(regionKey)) {
            return sharesIn(request, null);
        }
        var region = new RegionKey(regionKey);
        return actor(request).filter(reader -> reader.grants().stream().anyMatch(grant -> grant.covers(region)))
                .isPresent();
    }

    /**
     * Which regions a network-wide view (overview, shared priorities, controlling) shows this reader: those of the
     * networks it holds a role in (all of them for the installation's own principals and the operator, and for
     * anonymous readers of public views), narrowed to {@code requested} where given. A network the reader holds no
     * role in is refused.
     */
    public static Predicate<String> regionsShownTo(HttpServletRequest request, Networks networks,
                                                   NetworkId requested) {
        var reader = actor(request);
        var shown = reader.isEmpty() || reader.get().actsEverywhere() ? networks.all().stream().map(Network::id)
                .collect(Collectors.toSet()) : reader.get().networks();
        if (requested != null) {
            if (!shown.contains(requested)) {
                throw Rejection.forbidden(reader.map(Actor::subject).orElse("an anonymous reader")
                        + " holds no role in network " + requested);
            }
            shown = Set.of(requested);
        }
        var in = Set.copyOf(shown);
        return key -> RegionKey.isValid(key) && in.contains(networks.of(new RegionKey(key))
                .map(Network::id).orElse(NetworkId.SACHSEN_ANHALT));
    }

    /** The signed-in reader of this request, or empty for an anonymous one. */
    public static Optional<Actor> actor(HttpServletRequest request) {
        return request.getUserPrincipal() instanceof ActorPrincipal principal ? Optional.of(principal.actor())
                : Optional.empty();
    }

    /** Whether {@code actor} acts for the organisation {@code name} (a sponsor's name, compared ignoring case). */
    public static boolean actsFor(Actor actor, String name) {
        return actor.organisation() != null && name != null
                && actor.organisation().strip().equalsIgnoreCase(name.strip());
    }
}
