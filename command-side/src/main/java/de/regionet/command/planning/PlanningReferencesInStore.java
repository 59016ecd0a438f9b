package de.regionet.command.planning;

import de.regionet.command.stream.StoredStreams;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentAdopted;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.DecisionEvent.PrioritiesAdopted;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** {@link PlanningReferences} read from the streams of the regions, working groups, documents and calls. */
@Component
class PlanningReferencesInStore implements PlanningReferences {

    private final StoredStreams streams;

    PlanningReferencesInStore(StoredStreams streams) {
        this.streams = streams;
    }

    @Override
    public boolean registered(RegionKey region) {
        return streams.payloads(region.value()).stream().anyMatch(RegionRegistered.class::isInstance);
    }

    @Override
    public Optional<RegionKey> regionOfWorkingGroup(WorkingGroupId workingGroup) {
        return first(workingGroup.value(), WorkingGroupEstablished.class).map(WorkingGroupEstablished::regionKey);
    }

    @Override
    public Optional<RegionKey> regionOfDocument(PlanningDocumentId document) {
        return first(document.value(), PlanningDocumentAdopted.class).map(PlanningDocumentAdopted::regionKey);
    }

    @Override
    public List<PriorityForAction> priorities(WorkingGroupId workingGroup, ResolutionId resolution) {
        return streams.payloads(workingGroup.value()).stream().filter(PrioritiesAdopted.class::isInstance)
                .map(PrioritiesAdopted.class::cast).filter(adopted -> adopted.resolutionId().equals(resolution))
                .findFirst().map(PrioritiesAdopted::priorities).orElse(List.of());
    }

    @Override
    public Optional<CallPlace> placeOfCall(CallId call) {
        return first(call.value(), CallOpened.class).map(opened -> new CallPlace(opened.regionKey(),
                opened.network()));
    }

    @Override
    public Optional<NetworkId> networkOfRegion(RegionKey region) {
        return first(region.value(), RegionRegistered.class).map(RegionRegistered::network);
    }

    private <T> Optional<T> first(String aggregateId, Class<T> type) {
        return streams.payloads(aggregateId).stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
