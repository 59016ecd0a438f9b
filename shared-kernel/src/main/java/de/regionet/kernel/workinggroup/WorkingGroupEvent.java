package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Period;
import de.regionet.kernel.region.RegionKey;

import java.time.LocalDate;
import java.util.List;

/** Facts in a working group's stream; its decisions are {@link DecisionEvent}s. */
public sealed interface WorkingGroupEvent
        permits WorkingGroupEvent.WorkingGroupEstablished, WorkingGroupEvent.MemberAdmitted,
        WorkingGroupEvent.MemberWithdrawn, WorkingGroupEvent.CoordinationSet, DecisionEvent {

    WorkingGroupId workingGroupId();

    /**
     * The working group was established on {@code establishedOn}; {@code null} in events stored before the day was
     * recorded, whose valid day is then the day they were recorded. Its {@code kind} says whether its resolutions
     * decide or recommend; events stored before kinds existed have none and read as {@code DECIDING}.
     */
    record WorkingGroupEstablished(WorkingGroupId workingGroupId, RegionKey regionKey, String name,
                                   LocalDate establishedOn, WorkingGroupKind kind) implements WorkingGroupEvent {

        public WorkingGroupEstablished {
            kind = WorkingGroupKind.orDeciding(kind);
        }

        /** A deciding working group (RAK), as stored before kinds existed. */
        public WorkingGroupEstablished(WorkingGroupId workingGroupId, RegionKey regionKey, String name,
                                       LocalDate establishedOn) {
            this(workingGroupId, regionKey, name, establishedOn, WorkingGroupKind.DECIDING);
        }

        /** As stored before the day was recorded. */
        public WorkingGroupEstablished(WorkingGroupId workingGroupId, RegionKey regionKey, String name) {
            this(workingGroupId, regionKey, name, null);
        }
    }

    record MemberAdmitted(WorkingGroupId workingGroupId, MemberId memberId, String organisation,
                          StakeholderCategory category, LocalDate admittedOn) implements WorkingGroupEvent {
    }

    /**
     * The membership ended on {@code withdrawnOn}. Recorded as a correction after decisions in which the member took
     * part later than that day, it lists them in {@code affectedResolutions} (they are marked, never rewritten);
     * {@code null} in events stored before corrections existed, meaning none.
     */
    record MemberWithdrawn(WorkingGroupId workingGroupId, MemberId memberId, LocalDate withdrawnOn,
                           List<ResolutionId> affectedResolutions) implements WorkingGroupEvent {

        /** A withdrawal that affects no recorded decision. */
        public MemberWithdrawn(WorkingGroupId workingGroupId, MemberId memberId, LocalDate withdrawnOn) {
            this(workingGroupId, memberId, withdrawnOn, null);
        }

        /** The decisions this withdrawal affects; none for events stored before corrections existed. */
        public List<ResolutionId> affected() {
            return affectedResolutions == null ? List.of() : affectedResolutions;
        }
    }

    record CoordinationSet(WorkingGroupId workingGroupId, String organisation, Period period)
            implements WorkingGroupEvent {
    }
}
