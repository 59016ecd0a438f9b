package de.regionet.kernel.planning;

import de.regionet.kernel.call.CallId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.time.LocalDate;

/**
 * Facts in a planning document's stream. Versions are numbered from 1 (the adoption); every version's content is
 * whole, so an old version reads without folding its predecessors. Links name the ids of what they link, so the
 * audit's lineage runs from the document to priorities, calls and on.
 */
public sealed interface PlanningEvent {

    PlanningDocumentId documentId();

    /** Version 1: {@code adoptedBy}, a body of {@code regionKey}, adopted the document on {@code adoptedOn}. */
    record PlanningDocumentAdopted(PlanningDocumentId documentId, RegionKey regionKey, WorkingGroupId adoptedBy,
                                   PlanningDocumentKind kind, PlanningContent content, LocalDate adoptedOn)
            implements PlanningEvent {
    }

    /** Version {@code version} (2 and on), adopted on {@code revisedOn}, with its whole content. */
    record PlanningDocumentRevised(PlanningDocumentId documentId, int version, PlanningContent content,
                                   LocalDate revisedOn) implements PlanningEvent {
    }

    /**
     * The region's document {@code successorId} replaces this one from {@code supersededOn}: this document is valid
     * until the day before at the latest.
     */
    record PlanningDocumentSuperseded(PlanningDocumentId documentId, PlanningDocumentId successorId,
                                      LocalDate supersededOn) implements PlanningEvent {
    }

    /** The priority {@code priority} adopted by {@code workingGroupId}'s resolution follows from need {@code needId}. */
    record NeedLinkedToPriority(PlanningDocumentId documentId, NeedId needId, WorkingGroupId workingGroupId,
                                ResolutionId resolutionId, String priority) implements PlanningEvent {
    }

    /** The call {@code callId} follows from need {@code needId}. */
    record NeedLinkedToCall(PlanningDocumentId documentId, NeedId needId, CallId callId) implements PlanningEvent {
    }
}
