package de.regionet.query.workinggroup;

import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A working group with its active members and coordination: {@code GET /api/working-groups/{id}}. */
public record WorkingGroupView(@BsonId String id, String regionKey, String name, List<Member> members,
                               Coordination coordination, long version) implements VersionedCollection.Versioned {

    public record Member(String id, String organisation, StakeholderCategory category, LocalDate admittedOn) {
    }

    public record Coordination(String organisation, LocalDate from, LocalDate to) {
    }

    WorkingGroupView withMember(Member member, long newVersion) {
        var updated = new ArrayList<>(members);
        updated.add(member);
        return new WorkingGroupView(id, regionKey, name, List.copyOf(updated), coordination, newVersion);
    }

    WorkingGroupView withoutMember(String memberId, long newVersion) {
        var updated = members.stream().filter(member -> !member.id().equals(memberId)).toList();
        return new WorkingGroupView(id, regionKey, name, updated, coordination, newVersion);
    }

    WorkingGroupView withVersion(long newVersion) {
        return new WorkingGroupView(id, regionKey, name, members, coordination, newVersion);
    }

    WorkingGroupView withCoordination(Coordination newCoordination, long newVersion) {
        return new WorkingGroupView(id, regionKey, name, members, newCoordination, newVersion);
    }
}
