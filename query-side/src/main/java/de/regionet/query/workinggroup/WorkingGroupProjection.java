package de.regionet.query.workinggroup;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.workinggroup.DecisionEvent;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.CoordinationSet;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Projects working-group streams into the {@code working_groups} read collection. Withdrawn members and earlier
 * coordinations stay in the document, so that it answers as of any day; documents projected before that history
 * was kept answer as of a day only after a replay.
 */
@Component
@ProcessingGroup(WorkingGroupProjection.NAME)
public class WorkingGroupProjection {

    public static final String NAME = "working_groups";

    private final VersionedCollection<WorkingGroupView> groups;

    WorkingGroupProjection(MongoDatabase database, MeterRegistry meters) {
        this.groups = VersionedCollection.withRecordHistory(database, NAME, WorkingGroupView.class, meters);
    }

    @EventHandler
    void on(WorkingGroupEstablished event, @SequenceNumber long version) {
        var id = event.workingGroupId().value();
        groups.create(id, version, new WorkingGroupView(id, event.regionKey().value(), event.name(), event.kind(),
                version));
    }

    @EventHandler
    void on(MemberAdmitted event, @SequenceNumber long version) {
        var member = new WorkingGroupView.Member(event.memberId().value(), event.organisation(), event.category(),
                event.admittedOn());
        groups.update(event.workingGroupId().value(), version, group -> group.withMember(member, version));
    }

    @EventHandler
    void on(MemberWithdrawn event, @SequenceNumber long version) {
        groups.update(event.workingGroupId().value(), version,
                group -> group.withoutMember(event.memberId().value(), event.withdrawnOn(), version));
    }

    @EventHandler
    void on(CoordinationSet event, @SequenceNumber long version) {
        var coordination = new WorkingGroupView.Coordination(event.organisation(), event.period().from(),
                event.period().to());
        groups.update(event.workingGroupId().value(), version,
                group -> group.withCoordination(coordination, version));
    }

    /** A working group's decisions change nothing here but its version, which the view's ETag reports. */
    @EventHandler
    void on(DecisionEvent event, @SequenceNumber long version) {
        groups.update(event.workingGroupId().value(), version, group -> group.withVersion(version));
    }

    @ResetHandler
    void reset() {
        groups.clear();
    }

    public VersionedCollection<WorkingGroupView> groups() {
        return groups;
    }
}
