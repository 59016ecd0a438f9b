package de.regionet.kernel.region;

import de.regionet.kernel.workinggroup.WorkingGroupId;

/** Facts in a region's stream. */
public sealed interface RegionEvent {

    RegionKey key();

    record RegionRegistered(RegionKey key, String name, RegionKind kind) implements RegionEvent {
    }

    /** The region's working group was established; it is the region's active working group from now on. */
    record WorkingGroupAttached(RegionKey key, WorkingGroupId workingGroupId) implements RegionEvent {
    }
}
