package de.regionet.command.region;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import de.regionet.command.dispatch.RegionScope;
import de.regionet.command.workinggroup.WorkingGroup;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionCommand;
import de.regionet.kernel.region.RegionCommand.EstablishWorkingGroup;
import de.regionet.kernel.region.RegionCommand.RegisterRegion;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionEvent.WorkingGroupAttached;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static de.regionet.command.dispatch.EventContext.inRegion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * A district or independent city in the network. It is the consistency boundary for "one active working group
 * per region": establishing a working group goes through the region, which spawns the {@link WorkingGroup}.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Region {

    @AggregateIdentifier
    private RegionKey key;
    private WorkingGroupId activeWorkingGroup;

    protected Region() {
        // for Axon
    }

    /** A region's commands are about the region they name, registered or not. */
    @CommandHandlerInterceptor
    Object actsForTheRegion(RegionCommand command, MetaData metaData, InterceptorChain chain) throws Exception {
        RegionScope.check(metaData, command.key());
        return chain.proceed();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterRegion command) {
        if (key != null) {
            throw Rejection.conflict("region " + command.key() + " is already registered");
        }
        apply(new RegionRegistered(command.key(), command.name(), command.kind()), inRegion(command.key()));
    }

    @CommandHandler
    WorkingGroupId handle(EstablishWorkingGroup command) throws Exception {
        if (activeWorkingGroup != null) {
            throw Rejection.conflict("region " + key + " already has an active working group (" + activeWorkingGroup + ")");
        }
        apply(new WorkingGroupAttached(key, command.workingGroupId()), inRegion(key));
        createNew(WorkingGroup.class, () -> new WorkingGroup(command.workingGroupId(), key, command.name()));
        return command.workingGroupId();
    }

    @EventSourcingHandler
    void on(RegionRegistered event) {
        key = event.key();
    }

    @EventSourcingHandler
    void on(WorkingGroupAttached event) {
        activeWorkingGroup = event.workingGroupId();
    }
}
