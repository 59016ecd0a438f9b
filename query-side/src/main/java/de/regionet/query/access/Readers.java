package de.regionet.query.access;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ActorPrincipal;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.NetworkId;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * What a reader of a public endpoint may see beyond what is published: the network office, which writes it, and
 * auditors, who read everything, also see drafts, scheduled and withdrawn items and who registered. The roles come
 * from the signed-in principal, as the security layer put it on the request.
 */
public final class Readers {

    private Readers() {
    }

    public static boolean seesUnpublished(HttpServletRequest request) {
        return request.isUserInRole(Role.NETWORK_OFFICE.name()) || request.isUserInRole(Role.AUDITOR.name());
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
