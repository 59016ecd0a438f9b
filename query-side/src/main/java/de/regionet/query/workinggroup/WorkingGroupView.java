package de.regionet.query.workinggroup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupKind;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A working group with its active members and coordination: {@code GET /api/working-groups/{id}}. The stored
 * document also keeps the history that {@code asOf} reads ({@link WorkingGroupOnDay}): the members that withdrew,
 * with the day, and every coordination set, in the order recorded. That history is not part of the answer, whose
 * fields clients compare; documents stored before it was kept read with both lists empty.
 */
public record WorkingGroupView(@BsonId String id, String regionKey, String name, WorkingGroupKind kind,
                               List<Member> members, Coordination coordination, long version,
                               @JsonIgnore List<FormerMember> withdrawn,
                               @JsonIgnore List<Coordination> coordinations)
        implements VersionedCollection.Versioned {

    /** {@code kind}: deciding or advisory; documents stored before kinds existed read as deciding. */
    public WorkingGroupView {
        kind = WorkingGroupKind.orDeciding(kind);
        withdrawn = withdrawn == null ? List.of() : List.copyOf(withdrawn);
        coordinations = coordinations == null ? List.of() : List.copyOf(coordinations);
    }

    WorkingGroupView(String id, String regionKey, String name, WorkingGroupKind kind, long version) {
        this(id, regionKey, name, kind, List.of(), null, version, List.of(), List.of());
    }

    public record Member(String id, String organisation, StakeholderCategory category, LocalDate admittedOn) {
    }

    /** A member that withdrew; it held its seat up to and including {@code withdrawnOn}. */
    public record FormerMember(Member member, LocalDate withdrawnOn) {
    }

    public record Coordination(String organisation, LocalDate from, LocalDate to) {
    }

    WorkingGroupView withMember(Member member, long newVersion) {
        var updated = new ArrayList<>(members);
        updated.add(member);
        return new WorkingGroupView(id, regionKey, name, kind, List.copyOf(updated), coordination, newVersion,
                withdrawn, coordinations);
    }

    WorkingGroupView withoutMember(String memberId, LocalDate withdrawnOn, long newVersion) {
        var leaving = members.stream().filter(member -> member.id().equals(memberId))
                .map(member -> new FormerMember(member, withdrawnOn)).toList();
        var staying = members.stream().filter(member -> !member.id().equals(memberId)).toList();
        var formers = new ArrayList<>(withdrawn);
        formers.addAll(leaving);
        return new WorkingGroupView(id, regionKey, name, kind, staying, coordination, newVersion, formers,
                coordinations);
    }

    WorkingGroupView withVersion(long newVersion) {
        return new WorkingGroupView(id, regionKey, name, kind, members, coordination, newVersion, withdrawn,
                coordinations);
    }

    WorkingGroupView withCoordination(Coordination newCoordination, long newVersion) {
        var periods = new ArrayList<>(coordinations);
        periods.add(newCoordination);
        return new WorkingGroupView(id, regionKey, name, kind, members, newCoordination, newVersion, withdrawn,
                periods);
    }

    /** The same group showing {@code dayMembers} and {@code dayCoordination}; the history stays as stored. */
    WorkingGroupView showing(List<Member> dayMembers, Coordination dayCoordination) {
        return new WorkingGroupView(id, regionKey, name, kind, dayMembers, dayCoordination, version, withdrawn,
                coordinations);
    }
}
