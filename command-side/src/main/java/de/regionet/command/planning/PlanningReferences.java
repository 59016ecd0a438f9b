package de.regionet.command.planning;

import de.regionet.kernel.call.CallId;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.util.List;
import java.util.Optional;

/**
 * What a planning document checks of other aggregates: the region it belongs to is registered, the body that
 * adopted it, a successor, the priorities and calls it links are the region's own. Read from the streams as stored,
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

    /** The region of a call, empty if it was never opened. */
    Optional<RegionKey> regionOfCall(CallId call);
}
