package de.regionet.command.workinggroup;

import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.ResolutionEffect;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What working groups decided, as other aggregates rely on it: a call is decided by its region's working group,
 * whose resolution must exist, be adopted and concern the call. Read from the streams as stored, without locks: a
 * resolution, once recorded, never changes.
 */
public interface Decisions {

    /** The working group a region has now, if the region is registered and has one. */
    Optional<WorkingGroupId> workingGroupOf(RegionKey region);

    /** Resolution {@code resolution} of {@code workingGroup}, if that working group recorded it. */
    Optional<Resolved> resolution(WorkingGroupId workingGroup, ResolutionId resolution);

    /**
     * A recorded resolution as a later decision relies on it.
     *
     * @param takingPart the organisations of the members who took part in the decision: present and not recused
     * @param effect     a decision, or only a recommendation (an advisory group's), which nothing may rest on
     */
    record Resolved(ResolutionId resolutionId, LocalDate date, Subject subject, Outcome outcome,
                    List<String> takingPart, ResolutionEffect effect) {

        /** A decision of a deciding working group. */
        public Resolved(ResolutionId resolutionId, LocalDate date, Subject subject, Outcome outcome,
                        List<String> takingPart) {
            this(resolutionId, date, subject, outcome, takingPart, ResolutionEffect.DECISION);
        }

        public boolean concerns(Subject.Type type, String id) {
            return subject != null && subject.type() == type && subject.id().equals(id);
        }
    }
}
