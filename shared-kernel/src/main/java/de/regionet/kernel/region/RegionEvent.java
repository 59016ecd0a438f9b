package de.regionet.kernel.region;

import de.regionet.kernel.Period;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.util.List;

/** Facts in a region's stream. */
public sealed interface RegionEvent {

    RegionKey key();

    record RegionRegistered(RegionKey key, String name, RegionKind kind) implements RegionEvent {
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
