package de.regionet.kernel.region;

import de.regionet.kernel.Require;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands to the {@code Region} aggregate. */
public sealed interface RegionCommand {

    RegionKey key();

    /** Registers a district or independent city with the network. */
    record RegisterRegion(@TargetAggregateIdentifier RegionKey key, String name, RegionKind kind)
            implements RegionCommand {
        public RegisterRegion {
            Require.present(key, "key");
            name = Require.text(name, "name", 200);
            Require.present(kind, "kind");
        }
    }

    /** Establishes the region's working group (RAK); a region has at most one active working group. */
    record EstablishWorkingGroup(@TargetAggregateIdentifier RegionKey key, WorkingGroupId workingGroupId, String name)
            implements RegionCommand {
        public EstablishWorkingGroup {
            Require.present(key, "key");
            Require.present(workingGroupId, "workingGroupId");
            name = Require.text(name, "name", 200);
        }
    }
}
