package de.regionet.command.contact;

import de.regionet.command.stream.StoredStreams;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link WorkingGroupRegions} read from the working group's stream: its region never changes once founded. */
@Component
class WorkingGroupRegionsInStore implements WorkingGroupRegions {

    private final StoredStreams streams;

    WorkingGroupRegionsInStore(StoredStreams streams) {
        this.streams = streams;
    }

    @Override
    public Optional<RegionKey> regionOf(WorkingGroupId workingGroup) {
        return streams.payloads(workingGroup.value()).stream().filter(WorkingGroupEstablished.class::isInstance)
                .map(WorkingGroupEstablished.class::cast).map(WorkingGroupEstablished::regionKey).findFirst();
    }
}
