package de.regionet.query.result;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;

import java.util.Optional;

/**
 * Who sees a project result, the one statement of it that the results catalogue, the project read model and the
 * live feed all follow: a {@code PUBLIC} result everyone; a {@code NETWORK} result everyone signed in; a
 * {@code REGION} result whoever may read the project's region (the network office, auditors, the region's
 * coordination) and the project's sponsor.
 */
public final class ResultAudience {

    private ResultAudience() {
    }

    /** Whether {@code reader} (empty: anonymous) sees a result shared with {@code audience}. */
    public static boolean sees(Optional<Actor> reader, Audience audience, String regionKey, String sponsor) {
        if (reachesThePublic(audience)) {
            return true;
        }
        if (reader.isEmpty()) {
            return false;
        }
        if (reachesTheNetwork(audience)) {
            return true;
        }
        var actor = reader.get();
        return regionKey != null && actor.mayRead(new RegionKey(regionKey)) || Readers.actsFor(actor, sponsor);
    }

    /** Whether anonymous readers see results shared with {@code audience}. */
    public static boolean reachesThePublic(Audience audience) {
        return audience == Audience.PUBLIC;
    }

    /** Whether every signed-in reader sees results shared with {@code audience}. */
    public static boolean reachesTheNetwork(Audience audience) {
        return audience == Audience.PUBLIC || audience == Audience.NETWORK;
    }
}
