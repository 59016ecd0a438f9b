package de.regionet.query.workinggroup;

import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A working group as the public sees it (issue 19): who sits in it for which stakeholder category, and its
 * coordination office with its period, as the regions publish them. Anonymous readers of
 * {@code GET /api/working-groups[/{id}]} get this; signed-in readers keep {@link WorkingGroupView}. It leaves out
 * what only serves the network's own work: member ids (which a withdrawal names), the version and the history.
 */
public record PublicWorkingGroup(String id, String regionKey, String name, WorkingGroupKind kind,
                                 List<Member> members, Coordination coordination) {

    public record Member(String organisation, StakeholderCategory category, LocalDate admittedOn) {
    }

    public record Coordination(String organisation, LocalDate from, LocalDate to) {
    }

    static PublicWorkingGroup of(WorkingGroupView group) {
        var office = group.coordination();
        return new PublicWorkingGroup(group.id(), group.regionKey(), group.name(), group.kind(),
                group.members().stream()
                        .map(member -> new Member(member.organisation(), member.category(), member.admittedOn()))
                        .toList(),
                office == null ? null : new Coordination(office.organisation(), office.from(), office.to()));
    }
}
