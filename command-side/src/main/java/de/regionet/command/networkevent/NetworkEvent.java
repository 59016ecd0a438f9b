package de.regionet.command.networkevent;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.networkevent.EventDetails;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelRegistration;
import de.regionet.kernel.networkevent.NetworkEventCommand.DraftNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.PublishNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.RegisterForNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.RescheduleNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeRegistered;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeWaitlisted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventCancelled;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventDrafted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventPublished;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventRescheduled;
import de.regionet.kernel.networkevent.NetworkEventFact.RegistrationCancelled;
import de.regionet.kernel.networkevent.NetworkEventFact.WaitlistedAttendeeAdmitted;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.RegistrationAnswer;
import de.regionet.kernel.networkevent.RegistrationId;
import de.regionet.kernel.networkevent.RegistrationStatus;
import de.regionet.kernel.networkevent.Schedule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static de.regionet.command.stream.EventContext.publicly;
import static de.regionet.command.stream.EventContext.publiclyIf;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A network event of the network office (conference, workshop, regional conference): drafted, published,
 * rescheduled, cancelled; organisations register for its places, and when it is full they wait in line for a place
 * that is given back. Events about a published network event, except registrations, are marked public. Every handler
 * answers the version after the change.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
// revision 2: registrants are pseudonyms (ADR 0022); snapshots naming them by user name are ignored, the events are
// read through the upcaster that names them by pseudonym
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class NetworkEvent {

    enum Status { DRAFT, PUBLISHED, CANCELLED }

    @AggregateIdentifier
    private NetworkEventId id;
    // not final: a snapshot is read back into these fields
    private EventDetails details;
    private Schedule schedule;
    private Status status;
    private boolean announced;
    /** Active registrations in the order they came in: the first waiting one is the next to get a place. */
    private Map<RegistrationId, Registration> registrations = new LinkedHashMap<>();
    /** Every registration id ever used: an id names one registration and is never reused. */
    private Set<RegistrationId> used = new HashSet<>();

    /** An active registration, and who made it (the principal of the registering command: a user's pseudonym). */
    private record Registration(String organisation, String registrant, RegistrationStatus status) {

        Registration admitted() {
            return new Registration(organisation, registrant, RegistrationStatus.REGISTERED);
        }
    }

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected NetworkEvent() {
    }

    @CommandHandler
    NetworkEvent(DraftNetworkEvent command) {
        apply(new NetworkEventDrafted(command.eventId(), command.details(), command.schedule()));
    }

    @CommandHandler
    long handle(PublishNetworkEvent command) {
        ExpectedVersion.check(command.expectedVersion());
        switch (status) {
            case CANCELLED -> throw Rejection.conflict("this network event is cancelled");
            case PUBLISHED -> throw Rejection.conflict("this network event is already published");
            default -> {
            }
        }
        apply(new NetworkEventPublished(id, details, schedule), publicly());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RescheduleNetworkEvent command) {
        ExpectedVersion.check(command.expectedVersion());
        if (status == Status.CANCELLED) {
            throw Rejection.conflict("this network event is cancelled and cannot be rescheduled");
        }
        if (!command.schedule().equals(schedule)) {
            requireFuture(command.schedule());
            apply(new NetworkEventRescheduled(id, command.schedule()), publiclyIf(announced));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CancelNetworkEvent command) {
        ExpectedVersion.check(command.expectedVersion());
        if (status == Status.CANCELLED) {
            throw Rejection.conflict("this network event is already cancelled");
        }
        apply(new NetworkEventCancelled(id, command.reason()), publiclyIf(announced));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    RegistrationAnswer handle(RegisterForNetworkEvent command, MetaData metaData) {
        switch (status) {
            case DRAFT -> throw Rejection.conflict("registration opens when the network event is published");
            case CANCELLED -> throw Rejection.conflict("this network event is cancelled");
            default -> {
            }
        }
        if (schedule.hasBegunAt(now())) {
            throw Rejection.conflict("registration has closed: the network event began at " + schedule.startsAt());
        }
        var actor = Actor.fromMetaData(metaData).orElseThrow(() ->
                Rejection.forbidden("registrations must be sent by a signed-in user"));
        if (!actor.hasAny(Role.NETWORK_OFFICE, Role.REGIONAL_COORDINATOR, Role.AUDITOR)
                && !command.organisation().equalsIgnoreCase(String.valueOf(actor.organisation()))) {
            throw Rejection.forbidden(actor.subject() + " may register " + actor.organisation() + " only");
        }
        if (used.contains(command.registrationId())) {
            throw Rejection.conflict("registration id " + command.registrationId() + " is already taken");
        }
        registrations.values().stream()
                .filter(registration -> registration.organisation().equalsIgnoreCase(command.organisation()))
                .findFirst().ifPresent(registration -> {
                    throw Rejection.conflict(command.organisation() + (registration.status() == RegistrationStatus.REGISTERED
                            ? " is already registered for this network event"
                            : " is already on the waiting list of this network event"));
                });
        if (placeFree()) {
            apply(new AttendeeRegistered(id, command.registrationId(), command.organisation()));
            return new RegistrationAnswer(AggregateLifecycle.getVersion(), RegistrationStatus.REGISTERED);
        }
        apply(new AttendeeWaitlisted(id, command.registrationId(), command.organisation()));
        return new RegistrationAnswer(AggregateLifecycle.getVersion(), RegistrationStatus.WAITLISTED);
    }

    @CommandHandler
    long handle(CancelRegistration command, MetaData metaData) {
        if (status == Status.CANCELLED) {
            throw Rejection.conflict("this network event is cancelled; its registrations no longer matter");
        }
        var registration = registrations.get(command.registrationId());
        if (registration == null) {
            throw Rejection.notFound("no active registration " + command.registrationId() + " for this network event");
        }
        var actor = Actor.fromMetaData(metaData).orElseThrow(() ->
                Rejection.forbidden("registrations must be cancelled by a signed-in user"));
        if (!actor.has(Role.NETWORK_OFFICE) && !actor.subject().equals(registration.registrant())) {
            throw Rejection.forbidden("only who registered, or the network office, may cancel registration "
                    + command.registrationId());
        }
        apply(new RegistrationCancelled(id, command.registrationId()));
        if (registration.status() == RegistrationStatus.REGISTERED) {
            registrations.entrySet().stream()
                    .filter(waiting -> waiting.getValue().status() == RegistrationStatus.WAITLISTED)
                    .findFirst()
                    .ifPresent(first -> apply(new WaitlistedAttendeeAdmitted(id, first.getKey())));
        }
        return AggregateLifecycle.getVersion();
    }

    private boolean placeFree() {
        return details.capacity() == null || registrations.values().stream()
                .filter(registration -> registration.status() == RegistrationStatus.REGISTERED)
                .count() < details.capacity();
    }

    private static void requireFuture(Schedule schedule) {
        if (schedule.hasBegunAt(now())) {
            throw Rejection.invalid("start", "a network event cannot start in the past (" + schedule.startsAt() + ")");
        }
    }

    /** Axon's clock, which stamps events too (and which test fixtures set). */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(NetworkEventDrafted event) {
        id = event.eventId();
        details = event.details();
        schedule = event.schedule();
        status = Status.DRAFT;
    }

    @EventSourcingHandler
    void on(NetworkEventPublished event) {
        details = event.details();
        schedule = event.schedule();
        status = Status.PUBLISHED;
        announced = true;
    }

    @EventSourcingHandler
    void on(NetworkEventRescheduled event) {
        schedule = event.schedule();
    }

    @EventSourcingHandler
    void on(NetworkEventCancelled event) {
        status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(AttendeeRegistered event, @MetaDataValue(EventMetaData.PRINCIPAL) String principal) {
        registrations.put(event.registrationId(),
                new Registration(event.organisation(), principal, RegistrationStatus.REGISTERED));
        used.add(event.registrationId());
    }

    @EventSourcingHandler
    void on(AttendeeWaitlisted event, @MetaDataValue(EventMetaData.PRINCIPAL) String principal) {
        registrations.put(event.registrationId(),
                new Registration(event.organisation(), principal, RegistrationStatus.WAITLISTED));
        used.add(event.registrationId());
    }

    @EventSourcingHandler
    void on(RegistrationCancelled event) {
        registrations.remove(event.registrationId());
    }

    @EventSourcingHandler
    void on(WaitlistedAttendeeAdmitted event) {
        registrations.computeIfPresent(event.registrationId(), (registrationId, waiting) -> waiting.admitted());
    }
}
