package de.regionet.command.planning;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.access.RegionScope;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.planning.Need;
import de.regionet.kernel.planning.NeedId;
import de.regionet.kernel.planning.PlanningCommand;
import de.regionet.kernel.planning.PlanningCommand.AdoptPlanningDocument;
import de.regionet.kernel.planning.PlanningCommand.LinkNeedToCall;
import de.regionet.kernel.planning.PlanningCommand.LinkNeedToPriority;
import de.regionet.kernel.planning.PlanningCommand.RevisePlanningDocument;
import de.regionet.kernel.planning.PlanningCommand.SupersedePlanningDocument;
import de.regionet.kernel.planning.PlanningContent;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToCall;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToPriority;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentAdopted;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentRevised;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentSuperseded;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.PriorityForAction;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static de.regionet.command.stream.EventContext.inRegion;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A region's planning document (NRW: the regional action plan 2011, the implementation concept 2016–2020), adopted
 * by one of its bodies and revised over time. Each revision states the whole content, so every version stays
 * readable as it was adopted; a newer document of the same region can supersede it, which ends its validity.
 * Needs keep their ids across versions, and the priorities and calls that follow from a need are linked to it by
 * events naming their ids, which is what the audit's lineage follows.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class PlanningDocument {

    @AggregateIdentifier
    private PlanningDocumentId id;
    private RegionKey regionKey;
    // not final: a snapshot is read back into these fields
    private PlanningContent content;
    private int versions;
    private PlanningDocumentId successor;
    /** The links recorded, as "kind/need/target", so the same link is not recorded twice. */
    private Set<String> links = new HashSet<>();

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected PlanningDocument() {
    }

    @CommandHandler
    PlanningDocument(AdoptPlanningDocument command, MetaData metaData, PlanningReferences references) {
        RegionScope.check(metaData, command.regionKey());
        if (!references.registered(command.regionKey())) {
            throw Rejection.invalid("regionKey", "region " + command.regionKey() + " is not registered");
        }
        var bodyRegion = references.regionOfWorkingGroup(command.adoptedBy());
        if (bodyRegion.filter(command.regionKey()::equals).isEmpty()) {
            throw Rejection.invalid("adoptedBy", bodyRegion.map(region -> "working group " + command.adoptedBy()
                            + " belongs to region " + region + ", not to " + command.regionKey())
                    .orElse("no working group " + command.adoptedBy()));
        }
        requireSound(command.content());
        apply(new PlanningDocumentAdopted(command.documentId(), command.regionKey(), command.adoptedBy(),
                command.kind(), command.content(), command.adoptedOn()), inRegion(command.regionKey()));
    }

    /** The sender must act for the document's region; only then does the version it saw matter. */
    @CommandHandlerInterceptor
    Object checkSenderAndVersion(PlanningCommand command, MetaData metaData, InterceptorChain chain)
            throws Exception {
        RegionScope.check(metaData, regionKey);
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    @CommandHandler
    long handle(RevisePlanningDocument command) {
        requireNotSuperseded("revised");
        requireSound(command.content());
        if (command.content().validFrom().isBefore(content.validFrom())) {
            throw Rejection.invalid("validFrom", "version " + versions + " is valid from " + content.validFrom()
                    + "; a revision cannot be valid from an earlier day (" + command.content().validFrom() + ")");
        }
        apply(new PlanningDocumentRevised(id, versions + 1, command.content(), command.revisedOn()),
                inRegion(regionKey));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SupersedePlanningDocument command, PlanningReferences references) {
        requireNotSuperseded("superseded again");
        if (command.successorId().equals(id)) {
            throw Rejection.invalid("successorId", "a planning document cannot supersede itself");
        }
        var successorRegion = references.regionOfDocument(command.successorId());
        if (successorRegion.isEmpty()) {
            throw Rejection.invalid("successorId", "no planning document " + command.successorId());
        }
        if (!successorRegion.get().equals(regionKey)) {
            throw Rejection.invalid("successorId", "planning document " + command.successorId()
                    + " belongs to region " + successorRegion.get() + "; only a document of region " + regionKey
                    + " can supersede this one");
        }
        if (!command.supersededOn().isAfter(content.validFrom())) {
            throw Rejection.invalid("supersededOn", "the document is valid from " + content.validFrom()
                    + "; it can be superseded from a later day, not " + command.supersededOn());
        }
        apply(new PlanningDocumentSuperseded(id, command.successorId(), command.supersededOn()), inRegion(regionKey));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(LinkNeedToPriority command, PlanningReferences references) {
        requireNeed(command.needId());
        var groupRegion = references.regionOfWorkingGroup(command.workingGroupId());
        if (groupRegion.filter(regionKey::equals).isEmpty()) {
            throw Rejection.invalid("workingGroupId", "working group " + command.workingGroupId()
                    + " is not a working group of region " + regionKey);
        }
        var wanted = PriorityForAction.normalisedTitle(command.priority());
        var priority = references.priorities(command.workingGroupId(), command.resolutionId()).stream()
                .filter(adopted -> PriorityForAction.normalisedTitle(adopted.title()).equals(wanted)).findFirst()
                .orElseThrow(() -> Rejection.invalid("priority", "resolution " + command.resolutionId()
                        + " of working group " + command.workingGroupId() + " adopted no priority titled \""
                        + command.priority() + "\""));
        requireNew("priority/" + command.needId() + "/" + command.resolutionId() + "/" + wanted);
        apply(new NeedLinkedToPriority(id, command.needId(), command.workingGroupId(), command.resolutionId(),
                priority.title()), inRegion(regionKey));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(LinkNeedToCall command, PlanningReferences references) {
        requireNeed(command.needId());
        var call = references.placeOfCall(command.callId())
                .orElseThrow(() -> Rejection.invalid("callId", "no call " + command.callId()));
        if (call.region() == null) {
            var network = references.networkOfRegion(regionKey);
            if (network.isPresent() && !network.get().equals(call.network())) {
                throw Rejection.invalid("callId", "call " + command.callId() + " is a state-wide call of network "
                        + call.network() + ", not of region " + regionKey + "'s network " + network.get());
            }
        } else if (!call.region().equals(regionKey)) {
            throw Rejection.invalid("callId", "call " + command.callId() + " is a call of region " + call.region()
                    + ", not of " + regionKey);
        }
        requireNew("call/" + command.needId() + "/" + command.callId());
        apply(new NeedLinkedToCall(id, command.needId(), command.callId()), inRegion(regionKey));
        return AggregateLifecycle.getVersion();
    }

    private static void requireSound(PlanningContent content) {
        if (content.validTo() != null && content.validTo().isBefore(content.validFrom())) {
            throw Rejection.invalid("validTo", "validTo (" + content.validTo() + ") must not be before validFrom ("
                    + content.validFrom() + ")");
        }
        var ids = new HashSet<NeedId>();
        for (Need need : content.needs()) {
            if (!ids.add(need.id())) {
                throw Rejection.invalid("needs", "need id " + need.id() + " is stated twice");
            }
        }
    }

    private void requireNotSuperseded(String what) {
        if (successor != null) {
            throw Rejection.conflict("planning document " + id + " was superseded by " + successor
                    + " and cannot be " + what);
        }
    }

    private void requireNeed(NeedId need) {
        if (!content.states(need)) {
            throw Rejection.notFound("version " + versions + " of planning document " + id + " states no need "
                    + need);
        }
    }

    private void requireNew(String link) {
        if (links.contains(link)) {
            throw Rejection.conflict("this link is already recorded");
        }
    }

    @EventSourcingHandler
    void on(PlanningDocumentAdopted event) {
        id = event.documentId();
        regionKey = event.regionKey();
        content = event.content();
        versions = 1;
    }

    @EventSourcingHandler
    void on(PlanningDocumentRevised event) {
        content = event.content();
        versions = event.version();
    }

    @EventSourcingHandler
    void on(PlanningDocumentSuperseded event) {
        successor = event.successorId();
    }

    @EventSourcingHandler
    void on(NeedLinkedToPriority event) {
        links.add("priority/" + event.needId() + "/" + event.resolutionId() + "/"
                + PriorityForAction.normalisedTitle(event.priority()));
    }

    @EventSourcingHandler
    void on(NeedLinkedToCall event) {
        links.add("call/" + event.needId() + "/" + event.callId());
    }
}
