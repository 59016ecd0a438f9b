package de.regionet.command.access;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.messaging.MetaData;

import java.util.stream.Collectors;

/**
 * The one region-scope rule for commands, called by every aggregate that belongs to a region, with the region it
 * knows from its own state (or, for a region's own commands, the command's key): the network office acts for
 * every region, a regional coordinator only for the regions it holds. Whatever URL a command came through, a
 * coordinator of 15001 cannot act for 15089.
 */
public final class RegionScope {

    private RegionScope() {
    }

    /** Call from an aggregate's command handler interceptor, with the command's metadata. */
    public static void check(MetaData metaData, RegionKey region) {
        var actor = sender(metaData);
        if (!actor.mayActFor(region)) {
            var held = actor.regions().stream().map(RegionKey::value).sorted().collect(Collectors.joining(", "));
            throw actor.regions().isEmpty()
                    ? Rejection.forbidden(actor.subject() + " may not act for region " + region
                    + " (it acts for no region)").saying("region-scope.none", actor.subject(), region)
                    : Rejection.forbidden(actor.subject() + " may not act for region " + region + " (it acts for "
                    + held + ")").saying("region-scope", actor.subject(), region, held);
        }
    }

    /**
     * For what a sponsor does in a region (propose to a call, report a project's results): the sponsor itself, for
     * its own organisation, or whoever may act for the region on the sponsor's behalf.
     */
    public static void checkSponsor(MetaData metaData, RegionKey region, String sponsor) {
        var actor = sender(metaData);
        if (actor.has(Role.PROJECT_SPONSOR) && sponsor.equalsIgnoreCase(actor.organisation())) {
            return;
        }
        if (actor.has(Role.PROJECT_SPONSOR) && !actor.mayActFor(region)) {
            throw Rejection.forbidden(actor.subject() + " acts for " + actor.organisation() + " and may not act for "
                    + sponsor);
        }
        check(metaData, region);
    }

    /**
     * For the state's funding decisions on a call of {@code network}: only that state's granting authority decides
     * (an authority of North Rhine-Westphalia decides nothing of Saxony-Anhalt's).
     */
    public static void checkGrantingAuthority(MetaData metaData, NetworkId network) {
        var actor = sender(metaData);
        if (!actor.has(Role.GRANTING_AUTHORITY, network)) {
            throw Rejection.forbidden(actor.subject() + " may not decide on funding in network " + network
                    + ": only that state's granting authority may");
        }
    }

    private static Actor sender(MetaData metaData) {
        return Actor.fromMetaData(metaData)
                .orElseThrow(() -> Rejection.forbidden("commands must be sent by a signed-in user"));
    }
}
