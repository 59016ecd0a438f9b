package de.regionet.kernel.region;

import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.kernel.workinggroup.WorkingGroupKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to the {@code Region} aggregate. Each declares who may send it; the region aggregate checks that the
 * sender acts for the command's region.
 */
public sealed interface RegionCommand {

    RegionKey key();

    /**
     * Registers a district, an independent city or a labour-market region with a network: {@code network} names it
     * (a caller with one network may leave it out), and the region's key must lie in the network's state. A
     * labour-market region has an id of its own and lists the official keys of at least two member territories of
     * its state; a district or city has none.
     */
    @SentBy(NETWORK_OFFICE)
    record RegisterRegion(@TargetAggregateIdentifier RegionKey key, String name, RegionKind kind, NetworkId network,
                          List<RegionKey> members) implements RegionCommand {
        public RegisterRegion {
            Require.present(key, "key");
            name = Require.text(name, "name", TextLimits.NAME);
            Require.present(kind, "kind");
            members = members == null ? List.of() : List.copyOf(members);
            if (kind.hasMembers()) {
                if (key.isOfficial()) {
                    throw Rejection.invalid("key", "a labour-market region has an id of its own, not an official "
                            + "key: its state's 2-digit key, a hyphen and lower-case words, e.g. "
                            + "05-westfaelisches-ruhrgebiet");
                }
                if (members.size() < 2) {
                    throw Rejection.invalid("members", "a labour-market region lists at least two member territories");
                }
                for (var member : members) {
                    if (!member.isOfficial()) {
                        throw Rejection.invalid("members", "a member territory is named by its official key (AGS), "
                                + "not " + member);
                    }
                    if (!member.stateKey().equals(key.stateKey())) {
                        throw Rejection.invalid("members", "member " + member + " lies in state "
                                + member.stateKey() + ", the region " + key + " in state " + key.stateKey());
                    }
                }
                if (Set.copyOf(members).size() < members.size()) {
                    throw Rejection.invalid("members", "a member territory is named twice");
                }
            } else {
                if (!key.isOfficial()) {
                    throw Rejection.invalid("key", "a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ') + " is named by its 5-digit official key (AGS), e.g. 15089");
                }
                if (!members.isEmpty()) {
                    throw Rejection.invalid("members", "only a labour-market region has member territories");
                }
            }
        }

        public RegisterRegion(RegionKey key, String name, RegionKind kind) {
            this(key, name, kind, null, List.of());
        }
    }

    /**
     * Establishes the region's working group as of {@code establishedOn}, deciding (RAK) or advisory
     * (Facharbeitskreis; left out: deciding); a region has at most one active working group.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record EstablishWorkingGroup(@TargetAggregateIdentifier RegionKey key, WorkingGroupId workingGroupId, String name,
                                 LocalDate establishedOn, WorkingGroupKind kind) implements RegionCommand {
        public EstablishWorkingGroup {
            Require.present(key, "key");
            Require.present(workingGroupId, "workingGroupId");
            name = Require.text(name, "name", TextLimits.NAME);
            Require.present(establishedOn, "establishedOn");
            kind = WorkingGroupKind.orDeciding(kind);
        }

        /** A deciding working group (RAK). */
        public EstablishWorkingGroup(RegionKey key, WorkingGroupId workingGroupId, String name,
                                     LocalDate establishedOn) {
            this(key, workingGroupId, name, establishedOn, WorkingGroupKind.DECIDING);
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
