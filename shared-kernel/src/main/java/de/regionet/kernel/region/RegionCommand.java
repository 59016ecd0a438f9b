package de.regionet.kernel.region;

import de.regionet.kernel.Period;
import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to the {@code Region} aggregate. Each declares who may send it; the region aggregate checks that the
 * sender acts for the command's region.
 */
public sealed interface RegionCommand {

    RegionKey key();

    /** Registers a district or independent city with the network. */
    @SentBy(NETWORK_OFFICE)
    record RegisterRegion(@TargetAggregateIdentifier RegionKey key, String name, RegionKind kind)
            implements RegionCommand {
        public RegisterRegion {
            Require.present(key, "key");
            name = Require.text(name, "name", TextLimits.NAME);
            Require.present(kind, "kind");
        }
    }

    /**
     * Establishes the region's working group (RAK) as of {@code establishedOn}; a region has at most one active
     * working group.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record EstablishWorkingGroup(@TargetAggregateIdentifier RegionKey key, WorkingGroupId workingGroupId, String name,
                                 LocalDate establishedOn) implements RegionCommand {
        public EstablishWorkingGroup {
            Require.present(key, "key");
            Require.present(workingGroupId, "workingGroupId");
            name = Require.text(name, "name", TextLimits.NAME);
            Require.present(establishedOn, "establishedOn");
        }
    }

    /**
     * Drafts a target agreement of this region for {@code period}: the region refuses targets for an indicator its
     * other agreements already cover in an overlapping period, then spawns the {@code TargetAgreement}.
     */
    @SentBy(NETWORK_OFFICE)
    record DraftTargetAgreement(@TargetAggregateIdentifier RegionKey key, TargetAgreementId agreementId,
                                Period period, List<String> parties, List<Target> targets) implements RegionCommand {
        public DraftTargetAgreement {
            Require.present(key, "key");
            Require.present(agreementId, "agreementId");
            Require.present(period, "period");
            if (period.to() == null) {
                throw new IllegalArgumentException("a target agreement's period has an end (to)");
            }
            parties = parties == null ? List.of()
                    : parties.stream().map(party -> Require.text(party, "party", TextLimits.NAME)).toList();
            if (targets == null || targets.isEmpty()) {
                throw new IllegalArgumentException("a target agreement sets at least one target");
            }
            targets = List.copyOf(targets);
        }
    }
}
