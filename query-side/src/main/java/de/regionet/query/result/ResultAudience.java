package de.regionet.query.result;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;

import java.util.Optional;

/**
 * Who sees what is shared with an {@link Audience}, the one statement of it that the results catalogue, the project
 * read model, the exchange between networks and the live feeds all follow:
 * <ul>
 *   <li>{@code PUBLIC}: everyone;</li>
 *   <li>{@code NATION_WIDE}: everyone signed in, whichever network they hold their roles in;</li>
 *   <li>{@code NETWORK}: everyone signed in who holds a role in the network it belongs to (a result's is its
 *       project's region's network); a result stored before several networks keeps this meaning, so it stays in
 *       the network it was shared with;</li>
 *   <li>{@code REGION}: whoever may read the project's region (its network's office and auditors, the region's
 *       coordination) and the project's sponsor.</li>
 * </ul>
 */
public final class ResultAudience {

    private ResultAudience() {
    }

    /** Whether {@code reader} (empty: anonymous) sees a result of {@code regionKey} shared with {@code audience}. */
    public static boolean sees(Optional<Actor> reader, Audience audience, String regionKey, String sponsor) {
        if (reachesThePublic(audience)) {
            return true;
        }
        if (reader.isEmpty()) {
            return false;
        }
        if (reachesEverySignedInReader(audience)) {
            return true;
        }
        var actor = reader.get();
        var region = regionKey != null && RegionKey.isValid(regionKey) ? new RegionKey(regionKey) : null;
        if (audience == Audience.NETWORK && region != null && actor.belongsToNetworkOf(region)) {
            return true;
        }
        return region != null && actor.mayRead(region) || Readers.actsFor(actor, sponsor);
    }

    /**
     * Whether {@code reader} sees what {@code network} shares beyond one region with {@code audience} (an example
     * of good practice, an item of the exchange); what is shared with one region only is no such thing.
     */
    public static boolean seesShared(Optional<Actor> reader, Audience audience, NetworkId network) {
        return switch (audience) {
            case PUBLIC -> true;
            case NATION_WIDE -> reader.isPresent();
            case NETWORK -> reader.filter(actor -> actor.belongsTo(network)).isPresent();
            case REGION -> false;
        };
    }

    /** Whether anonymous readers see results shared with {@code audience}. */
    public static boolean reachesThePublic(Audience audience) {
        return audience == Audience.PUBLIC;
    }

    /** Whether every signed-in reader, of whichever network, sees results shared with {@code audience}. */
    public static boolean reachesEverySignedInReader(Audience audience) {
        return audience == Audience.PUBLIC || audience == Audience.NATION_WIDE;
    }

    /** Whether what is shared with {@code audience} goes beyond its region: the exchange between networks lists it. */
    public static boolean reachesBeyondItsRegion(Audience audience) {
        return audience != Audience.REGION;
    }
}
