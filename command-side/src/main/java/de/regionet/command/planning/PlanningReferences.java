package de.regionet.command.planning;

import de.regionet.kernel.call.CallId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.util.List;
import java.util.Optional;

/**
 * What a planning document checks of other aggregates: the region it belongs to is registered, the body that
 * adopted it, a successor, the priorities it links are the region's own, the calls the region's or state-wide ones of its network. Read from the streams as stored,
 * without locks: each answer rests on facts that never change once recorded.
 */
interface PlanningReferences {

    /** Whether the region is registered with the network. */
    boolean registered(RegionKey region);

    /** The region of a working group, empty if it was never established. */
    Optional<RegionKey> regionOfWorkingGroup(WorkingGroupId workingGroup);

    /** The region of a planning document, empty if it was never adopted. */
    Optional<RegionKey> regionOfDocument(PlanningDocumentId document);

    /** The priorities {@code workingGroup} adopted by {@code resolution}; empty if it adopted none by it. */
    List<PriorityForAction> priorities(WorkingGroupId workingGroup, ResolutionId resolution);

    /** Where a call was opened: its region (none for a state-wide call) and its network; empty if it never was. */
    Optional<CallPlace> placeOfCall(CallId call);

    /** The network a region was registered in, empty if it is not registered. */
    Optional<NetworkId> networkOfRegion(RegionKey region);

    /** A call's region ({@code null}: state-wide) and network. */
    record CallPlace(RegionKey region, NetworkId network) {
    }
}
