package de.regionet.command.region;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import de.regionet.command.access.RegionScope;
import de.regionet.command.signing.SignatureRules;
import de.regionet.command.targetagreement.TargetAgreement;
import de.regionet.command.workinggroup.WorkingGroup;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.indicator.Indicator;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.region.RegionCommand;
import de.regionet.kernel.region.RegionCommand.EstablishWorkingGroup;
import de.regionet.kernel.region.RegionCommand.DraftTargetAgreement;
import de.regionet.kernel.region.RegionCommand.RegisterRegion;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionEvent.TargetAgreementAttached;
import de.regionet.kernel.region.RegionEvent.WorkingGroupAttached;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementDrafted;
import de.regionet.kernel.targetagreement.TargetAgreementId;
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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static de.regionet.command.stream.EventContext.inRegion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * A district, independent city or labour-market region in its network. It is the consistency boundary for "one active working group
 * per region" and "one target per indicator and period": establishing a working group or drafting a target agreement
 * goes through the region, which spawns the {@link WorkingGroup} or {@link TargetAgreement}.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Region {

    /** The indicators a target agreement of the region covers in its period. */
    record TargetCommitment(TargetAgreementId agreementId, Period period, List<String> indicators) {

        Optional<String> overlapping(Period other, Collection<String> otherIndicators) {
            boolean overlaps = !other.from().isAfter(period.to()) && !period.from().isAfter(other.to());
            return overlaps ? indicators.stream().filter(otherIndicators::contains).findFirst() : Optional.empty();
        }
    }

    @AggregateIdentifier
    private RegionKey key;
    private WorkingGroupId activeWorkingGroup;
    // not final: a snapshot is read back into this field
    private List<TargetCommitment> targetCommitments = new ArrayList<>();

    protected Region() {
        // for Axon
    }

    /**
     * A region's commands are about the region they name, registered or not. Registration checks the network first
     * (a key of another state is refused as a region of the network, whoever sends it), then the scope.
     */
    @CommandHandlerInterceptor
    Object actsForTheRegion(RegionCommand command, MetaData metaData, InterceptorChain chain) throws Exception {
        if (!(command instanceof RegisterRegion)) {
            RegionScope.check(metaData, command.key());
        }
        return chain.proceed();
    }

    /**
     * Registers the region in its network: the one the command names, else the one network the sender is the office
     * of, else the one holding the key's state. A territory belongs to at most one region: a district that is a member of a
     * labour-market region is not registered again, nor is a labour-market region of a registered territory.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterRegion command, MetaData metaData, Networks networks, Territories territories) {
        var network = network(command, metaData, networks);
        if (!network.holds(command.key())) {
            throw Rejection.invalid("key", "region " + command.key() + " lies in state " + command.key().stateKey()
                    + ", not in network " + network.id() + " (region keys starting "
                    + String.join(", ", network.keyPrefixes()) + ")");
        }
        RegionScope.check(metaData, command.key());
        if (key != null) {
            throw Rejection.conflict("region " + command.key() + " is already registered");
        }
        var territoriesOfTheRegion = command.kind().hasMembers() ? command.members() : List.of(command.key());
        for (var territory : territoriesOfTheRegion) {
            territories.regionOf(territory).filter(region -> !region.equals(command.key())).ifPresent(region -> {
                throw Rejection.conflict("territory " + territory + " belongs to region " + region + " already");
            });
        }
        apply(new RegionRegistered(command.key(), command.name(), command.kind(), network.id(), command.members()),
                inRegion(command.key()));
    }

    private static Network network(RegisterRegion command, MetaData metaData, Networks networks) {
        if (command.network() != null) {
            return networks.find(command.network()).orElseThrow(() -> Rejection.invalid("network",
                    "there is no network " + command.network() + "; the networks are " + networks.all().stream()
                            .map(network -> network.id().value()).collect(Collectors.joining(", "))));
        }
        var own = Actor.fromMetaData(metaData).map(actor -> actor.networksWith(Role.NETWORK_OFFICE)).orElse(Set.of());
        if (own.size() == 1) {
            return networks.find(own.iterator().next()).orElseGet(networks::defaultNetwork);
        }
        return networks.of(command.key()).orElseThrow(() -> Rejection.invalid("key", "no network holds region keys "
                + "starting " + command.key().stateKey()));
    }

    @CommandHandler
    WorkingGroupId handle(EstablishWorkingGroup command) throws Exception {
        if (activeWorkingGroup != null) {
            throw Rejection.conflict("region " + key + " already has an active working group (" + activeWorkingGroup + ")");
        }
        apply(new WorkingGroupAttached(key, command.workingGroupId()), inRegion(key));
        createNew(WorkingGroup.class, () -> new WorkingGroup(command.workingGroupId(), key, command.name(),
                command.establishedOn(), command.kind()));
        return command.workingGroupId();
    }

    /**
     * The region is the consistency boundary for "one target per indicator and period": a draft whose targets name an
     * indicator another agreement of the region covers in an overlapping period is refused.
     */
    @CommandHandler
    TargetAgreementId handle(DraftTargetAgreement command, IndicatorCatalogue indicators) throws Exception {
        var measures = new ArrayList<Target>();
        for (var target : command.targets()) {
            if (indicators.find(target.indicator()).isEmpty()) {
                throw Rejection.invalid("targets", "unknown indicator " + target.indicator() + "; the catalogue has "
                        + indicators.all().stream().map(Indicator::code).collect(Collectors.joining(", ")));
            }
            if (measures.stream().anyMatch(target::sameMeasureAs)) {
                throw Rejection.invalid("targets", "the target for " + target.indicator()
                        + (target.fundingArea() == null ? "" : " in area " + target.fundingArea()) + " is set twice");
            }
            TargetAgreement.requireMilestonesWithin(target, command.period());
            measures.add(target);
        }
        var covered = command.targets().stream().map(Target::indicator).distinct().toList();
        for (var commitment : targetCommitments) {
            commitment.overlapping(command.period(), covered).ifPresent(indicator -> {
                throw Rejection.conflict("target agreement " + commitment.agreementId() + " already sets a target for "
                        + indicator + " in region " + key + " from " + commitment.period().from() + " to "
                        + commitment.period().to() + ", which overlaps " + command.period().from() + " to "
                        + command.period().to());
            });
        }
        if (command.parties().stream().map(SignatureRules::keyOf).distinct().count() < 2) {
            throw Rejection.invalid("parties", "a target agreement has at least two distinct parties: the state "
                    + "side and the region");
        }
        apply(new TargetAgreementAttached(key, command.agreementId(), command.period(), covered), inRegion(key));
        createNew(TargetAgreement.class, () -> new TargetAgreement(new TargetAgreementDrafted(command.agreementId(),
                key, command.period(), command.parties(), command.targets())));
        return command.agreementId();
    }

    @EventSourcingHandler
    void on(RegionRegistered event) {
        key = event.key();
    }

    @EventSourcingHandler
    void on(WorkingGroupAttached event) {
        activeWorkingGroup = event.workingGroupId();
    }

    @EventSourcingHandler
    void on(TargetAgreementAttached event) {
        targetCommitments.add(new TargetCommitment(event.agreementId(), event.period(), event.indicators()));
    }
}
