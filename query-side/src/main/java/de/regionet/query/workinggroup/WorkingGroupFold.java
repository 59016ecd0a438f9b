package de.regionet.query.workinggroup;

import de.regionet.kernel.workinggroup.DecisionEvent;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.CoordinationSet;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.query.readmodel.EventFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A working group's view folded from its own events ({@link EventFold}), as {@link WorkingGroupProjection} builds
 * it, and read as {@link WorkingGroupOnDay} reads the stored document: the members and coordination as recorded,
 * or those of one day.
 */
public final class WorkingGroupFold implements EventFold<WorkingGroupView> {

    private static final WorkingGroupFold FOLD = new WorkingGroupFold();

    private WorkingGroupFold() {
    }

    /** The group as its events tell it: as recorded ({@code day} null) or as it stood on {@code day}. */
    public static WorkingGroupView view(List<? extends DomainEventMessage<?>> events, LocalDate day) {
        var group = FOLD.over(events);
        if (group == null) {
            return null;
        }
        return day == null ? WorkingGroupOnDay.today(group) : WorkingGroupOnDay.asOf(group, day);
    }

    @Override
    public WorkingGroupView next(WorkingGroupView group, Object event, long version, Instant at) {
        if (event instanceof WorkingGroupEstablished established) {
            return new WorkingGroupView(established.workingGroupId().value(), established.regionKey().value(),
                    established.name(), established.kind(), version);
        }
        if (group == null) {
            return null;
        }
        if (event instanceof MemberAdmitted admitted) {
            return group.withMember(new WorkingGroupView.Member(admitted.memberId().value(), admitted.organisation(),
                    admitted.category(), admitted.admittedOn()), version);
        }
        if (event instanceof MemberWithdrawn withdrawn) {
            return group.withoutMember(withdrawn.memberId().value(), withdrawn.withdrawnOn(), version);
        }
        if (event instanceof CoordinationSet coordination) {
            return group.withCoordination(new WorkingGroupView.Coordination(coordination.organisation(),
                    coordination.period().from(), coordination.period().to()), version);
        }
        if (event instanceof DecisionEvent) {
            return group.withVersion(version);
        }
        return group;
    }
}
