package de.regionet.kernel.region;

import de.regionet.kernel.Period;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.util.List;

/** Facts in a region's stream. */
public sealed interface RegionEvent {

    RegionKey key();

    /**
     * A region joined a network. {@code network} is absent on events recorded before networks (they belong to
     * Saxony-Anhalt's, {@link NetworkId#SACHSEN_ANHALT}); {@code members} lists a labour-market region's member
     * territories, empty otherwise.
     */
    record RegionRegistered(RegionKey key, String name, RegionKind kind, NetworkId network, List<RegionKey> members)
            implements RegionEvent {

        public RegionRegistered {
            network = network == null ? NetworkId.SACHSEN_ANHALT : network;
            members = members == null ? List.of() : List.copyOf(members);
        }

        public RegionRegistered(RegionKey key, String name, RegionKind kind) {
            this(key, name, kind, null, List.of());
        }
    }

    /** The region's working group was established; it is the region's active working group from now on. */
    record WorkingGroupAttached(RegionKey key, WorkingGroupId workingGroupId) implements RegionEvent {
    }

    /**
     * A target agreement of the region was drafted, with the indicators it sets targets for in {@code period}: no
     * other agreement of the region may set targets for one of them in an overlapping period.
     */
    record TargetAgreementAttached(RegionKey key, TargetAgreementId agreementId, Period period,
                                   List<String> indicators) implements RegionEvent {
    }
}
