package de.regionet.command.contact;

import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.util.Optional;

/**
 * The region a working group belongs to, as its founding event recorded it: a chair's or deputy's record belongs to
 * that region, so that its coordinator may keep it and nobody else's.
 */
interface WorkingGroupRegions {

    /** The working group's region; empty for a working group that was never established. */
    Optional<RegionKey> regionOf(WorkingGroupId workingGroup);
}
