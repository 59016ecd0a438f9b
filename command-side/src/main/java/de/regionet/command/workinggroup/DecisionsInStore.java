package de.regionet.command.workinggroup;

import de.regionet.command.stream.StoredStreams;
import de.regionet.kernel.region.RegionEvent.WorkingGroupAttached;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link Decisions} read from the region's and the working group's streams. */
@Component
class DecisionsInStore implements Decisions {

    private final StoredStreams streams;

    DecisionsInStore(StoredStreams streams) {
        this.streams = streams;
    }

    @Override
    public Optional<WorkingGroupId> workingGroupOf(RegionKey region) {
        return streams.payloads(region.value()).stream().filter(WorkingGroupAttached.class::isInstance)
                .map(WorkingGroupAttached.class::cast).map(WorkingGroupAttached::workingGroupId)
                .reduce((earlier, later) -> later);
    }

    @Override
    public Optional<Resolved> resolution(WorkingGroupId workingGroup, ResolutionId resolution) {
        var organisations = new HashMap<MemberId, String>();
        ResolutionRecorded recorded = null;
        for (var payload : streams.payloads(workingGroup.value())) {
            if (payload instanceof MemberAdmitted admitted) {
                organisations.put(admitted.memberId(), admitted.organisation());
            } else if (payload instanceof ResolutionRecorded candidate
                    && candidate.resolutionId().equals(resolution)) {
                recorded = candidate;
            }
        }
        if (recorded == null) {
            return Optional.empty();
        }
        var recused = recorded.recusals().stream().map(Recusal::memberId).collect(Collectors.toSet());
        var takingPart = recorded.present().stream().filter(member -> !recused.contains(member))
                .map(organisations::get).toList();
        return Optional.of(new Resolved(recorded.resolutionId(), recorded.date(), recorded.subject(),
                recorded.outcome(), takingPart, recorded.effect()));
    }
}
