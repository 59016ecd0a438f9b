package de.regionet.command.workinggroup;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import de.regionet.command.dispatch.ExpectedVersion;
import de.regionet.command.dispatch.RegionScope;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.WorkingGroupCommand;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.AdmitMember;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.SetCoordination;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.WithdrawMember;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.CoordinationSet;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import static de.regionet.command.dispatch.EventContext.inRegion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A regional working group (RAK): its members and the coordination office that runs it. Established through its
 * region; every command handler answers the aggregate version after the change.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class WorkingGroup {

    @AggregateIdentifier
    private WorkingGroupId id;
    private RegionKey regionKey;
    // not final: a snapshot is read back into these fields
    /** Active members by id; withdrawn ones leave this map but stay in the stream. */
    private Map<MemberId, Seat> activeMembers = new HashMap<>();
    /** Every member id ever admitted: an id names one membership and is never reused. */
    private Set<MemberId> admitted = new HashSet<>();

    private record Seat(String organisation, LocalDate admittedOn) {
    }

    /** For Axon, and for Jackson when it reads a snapshot (not the constructor that applies an event). */
    @JsonCreator
    protected WorkingGroup() {
    }

    public WorkingGroup(WorkingGroupId id, RegionKey regionKey, String name) {
        apply(new WorkingGroupEstablished(id, regionKey, name), inRegion(regionKey));
    }

    /** The sender must act for the working group's region; only then does the version it saw matter. */
    @CommandHandlerInterceptor
    Object checkSenderAndVersion(WorkingGroupCommand command, MetaData metaData, InterceptorChain chain)
            throws Exception {
        RegionScope.check(metaData, regionKey);
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    @CommandHandler
    long handle(AdmitMember command) {
        if (admitted.contains(command.memberId())) {
            throw Rejection.conflict("member id " + command.memberId() + " is already taken in this working group");
        }
        if (activeMembers.values().stream().anyMatch(seat -> seat.organisation().equalsIgnoreCase(command.organisation()))) {
            throw Rejection.conflict(command.organisation() + " is already a member of this working group");
        }
        apply(new MemberAdmitted(id, command.memberId(), command.organisation(), command.category(),
                command.admittedOn()), inRegion(regionKey));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(WithdrawMember command) {
        var seat = activeMembers.get(command.memberId());
        if (seat == null) {
            throw Rejection.notFound("no active member " + command.memberId() + " in this working group");
        }
        if (command.withdrawnOn().isBefore(seat.admittedOn())) {
            throw Rejection.invalid("withdrawnOn", "a withdrawal cannot precede the member's admission");
        }
        apply(new MemberWithdrawn(id, command.memberId(), command.withdrawnOn()), inRegion(regionKey));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetCoordination command) {
        apply(new CoordinationSet(id, command.organisation(), command.period()), inRegion(regionKey));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(WorkingGroupEstablished event) {
        id = event.workingGroupId();
        regionKey = event.regionKey();
    }

    @EventSourcingHandler
    void on(MemberAdmitted event) {
        activeMembers.put(event.memberId(), new Seat(event.organisation(), event.admittedOn()));
        admitted.add(event.memberId());
    }

    @EventSourcingHandler
    void on(MemberWithdrawn event) {
        activeMembers.remove(event.memberId());
    }
}
