package de.regionet.kernel.planning;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to a region's {@code PlanningDocument}: the network office and the region's coordination record what
 * the region's body adopted. Each names the document version the sender based it on ({@code null}: the sender does
 * not care).
 */
public sealed interface PlanningCommand {

    PlanningDocumentId documentId();

    Long expectedVersion();

    /** Records that {@code adoptedBy}, a body of {@code regionKey}, adopted the document on {@code adoptedOn}. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record AdoptPlanningDocument(@TargetAggregateIdentifier PlanningDocumentId documentId, RegionKey regionKey,
                                 WorkingGroupId adoptedBy, PlanningDocumentKind kind, PlanningContent content,
                                 LocalDate adoptedOn) implements PlanningCommand {
        public AdoptPlanningDocument {
            Require.present(documentId, "documentId");
            Require.present(regionKey, "regionKey");
            Require.present(adoptedBy, "adoptedBy");
            Require.present(kind, "kind");
            Require.present(content, "content");
            Require.present(adoptedOn, "adoptedOn");
        }

        @Override
        public Long expectedVersion() {
            return null;
        }
    }

    /** A revision adopted on {@code revisedOn}: the whole new content with its validity, the next version. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record RevisePlanningDocument(@TargetAggregateIdentifier PlanningDocumentId documentId, PlanningContent content,
                                  LocalDate revisedOn, Long expectedVersion) implements PlanningCommand {
        public RevisePlanningDocument {
            Require.present(documentId, "documentId");
            Require.present(content, "content");
            Require.present(revisedOn, "revisedOn");
        }
    }

    /** The region's newer document {@code successorId} replaces this one from {@code supersededOn}. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record SupersedePlanningDocument(@TargetAggregateIdentifier PlanningDocumentId documentId,
                                     PlanningDocumentId successorId, LocalDate supersededOn, Long expectedVersion)
            implements PlanningCommand {
        public SupersedePlanningDocument {
            Require.present(documentId, "documentId");
            Require.present(successorId, "successorId");
            Require.present(supersededOn, "supersededOn");
        }
    }

    /**
     * Links a need to a priority for action that follows from it: the priority titled {@code priority} among those
     * {@code workingGroupId} adopted by resolution {@code resolutionId} (priorities have no id of their own).
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record LinkNeedToPriority(@TargetAggregateIdentifier PlanningDocumentId documentId, NeedId needId,
                              WorkingGroupId workingGroupId, ResolutionId resolutionId, String priority,
                              Long expectedVersion) implements PlanningCommand {
        public LinkNeedToPriority {
            Require.present(documentId, "documentId");
            Require.present(needId, "needId");
            Require.present(workingGroupId, "workingGroupId");
            Require.present(resolutionId, "resolutionId");
            priority = Require.text(priority, "priority", TextLimits.NAME);
        }
    }

    /** Links a need to a call for projects of the region that follows from it. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record LinkNeedToCall(@TargetAggregateIdentifier PlanningDocumentId documentId, NeedId needId, CallId callId,
                          Long expectedVersion) implements PlanningCommand {
        public LinkNeedToCall {
            Require.present(documentId, "documentId");
            Require.present(needId, "needId");
            Require.present(callId, "callId");
        }
    }
}
