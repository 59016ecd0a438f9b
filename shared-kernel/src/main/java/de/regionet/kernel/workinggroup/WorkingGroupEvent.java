package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Period;
import de.regionet.kernel.region.RegionKey;

import java.time.LocalDate;

/** Facts in a working group's stream; its decisions are {@link DecisionEvent}s. */
public sealed interface WorkingGroupEvent
        permits WorkingGroupEvent.WorkingGroupEstablished, WorkingGroupEvent.MemberAdmitted,
        WorkingGroupEvent.MemberWithdrawn, WorkingGroupEvent.CoordinationSet, DecisionEvent {

    WorkingGroupId workingGroupId();

    record WorkingGroupEstablished(WorkingGroupId workingGroupId, RegionKey regionKey, String name)
            implements WorkingGroupEvent {
    }

    record MemberAdmitted(WorkingGroupId workingGroupId, MemberId memberId, String organisation,
                          StakeholderCategory category, LocalDate admittedOn) implements WorkingGroupEvent {
    }

    record MemberWithdrawn(WorkingGroupId workingGroupId, MemberId memberId, LocalDate withdrawnOn)
            implements WorkingGroupEvent {
    }

    record CoordinationSet(WorkingGroupId workingGroupId, String organisation, Period period)
            implements WorkingGroupEvent {
    }
}
