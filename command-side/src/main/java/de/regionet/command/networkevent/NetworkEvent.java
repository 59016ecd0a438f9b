package de.regionet.command.networkevent;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.access.NetworkScope;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.networkevent.EventDetails;
import de.regionet.kernel.networkevent.NetworkEventCommand;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelRegistration;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelRegistrationByLink;
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
import de.regionet.kernel.networkevent.NetworkEventFact.RegistrationDataExpired;
import de.regionet.kernel.networkevent.NetworkEventFact.WaitlistedAttendeeAdmitted;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.Participant;
import de.regionet.kernel.networkevent.RegistrationAnswer;
import de.regionet.kernel.networkevent.RegistrationId;
import de.regionet.kernel.networkevent.RegistrationStatus;
import de.regionet.kernel.networkevent.Schedule;
import de.regionet.kernel.networkevent.SealedParticipant;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.SubjectId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
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
 * <p>
 * A registration may name its participant, sealed here under a data subject of the registration's own (ADR 0022),
 * and keep the hash of a personal cancellation link's token, so that whoever holds the link may give it back without
 * signing in. The participant's data expires by a persistent deadline per registration ({@link RegistrationRetention},
 * moved when the event is rescheduled): the deadline handler destroys the subject's key first and then records
 * {@link RegistrationDataExpired}. The deadline is deleted only once that event is stored, so a crash in between
 * makes it fire again after the restart; erasing an erased subject changes nothing, and a registration whose data
 * has expired is not expired twice.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
// revision 2: registrants are pseudonyms (ADR 0022); snapshots naming them by user name are ignored, the events are
// read through the upcaster that names them by pseudonym
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class NetworkEvent {

    enum Status { DRAFT, PUBLISHED, CANCELLED }

    /** The deadline, one per registration with a participant, at which the participant's data expires. */
    static final String DATA_EXPIRY = "registration-data-expiry";

    /** The payload of a {@link #DATA_EXPIRY} deadline: whose data, and when it was due as scheduled. */
    public record RegistrationDataDue(RegistrationId registrationId, Instant at) {
    }

    @AggregateIdentifier
    private NetworkEventId id;
    /** {@code null} in snapshots taken before networks: Saxony-Anhalt's. */
    private NetworkId network;
    // not final: a snapshot is read back into these fields
    private EventDetails details;
    private Schedule schedule;
    private Status status;
    private boolean announced;
    /** Active registrations in the order they came in: the first waiting one is the next to get a place. */
    private Map<RegistrationId, Registration> registrations = new LinkedHashMap<>();
    /** Every registration id ever used: an id names one registration and is never reused. */
    private Set<RegistrationId> used = new HashSet<>();
    /** Registrations (also given back) whose participant's data is kept: until their data expires. */
    private Map<RegistrationId, Kept> kept = new LinkedHashMap<>();

    /**
     * An active registration, who made it (the principal of the registering command: a user's pseudonym) and the hash of its
     * cancellation link's token ({@code null}: no link).
     */
    private record Registration(String organisation, String registrant, RegistrationStatus status, String tokenHash) {

        Registration admitted() {
            return new Registration(organisation, registrant, RegistrationStatus.REGISTERED, tokenHash);
        }
    }

    /** A participant's data kept: under which subject, and since when (it counts for the grace after recording). */
    private record Kept(SubjectId subject, Instant recordedAt) {
    }

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected NetworkEvent() {
    }

    @CommandHandler
    NetworkEvent(DraftNetworkEvent command, MetaData metaData, Networks networks) {
        var in = NetworkScope.forNew(metaData, command.network(), networks, "network events");
        apply(new NetworkEventDrafted(command.eventId(), command.details(), command.schedule(), in));
    }

    /** What only the office does to an event (publish, reschedule, cancel) only the office of its network does. */
    @CommandHandlerInterceptor
    Object officeOfItsNetwork(NetworkEventCommand command, MetaData metaData, InterceptorChain chain)
            throws Exception {
        if (command instanceof PublishNetworkEvent || command instanceof RescheduleNetworkEvent
                || command instanceof CancelNetworkEvent) {
            NetworkScope.checkOffice(metaData, network(), "network event " + id);
        }
        return chain.proceed();
    }

    private NetworkId network() {
        return network == null ? NetworkId.SACHSEN_ANHALT : network;
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
    long handle(RescheduleNetworkEvent command, DeadlineManager deadlines, RegistrationRetention retention) {
        ExpectedVersion.check(command.expectedVersion());
        if (status == Status.CANCELLED) {
            throw Rejection.conflict("this network event is cancelled and cannot be rescheduled");
        }
        if (!command.schedule().equals(schedule)) {
            requireFuture(command.schedule());
            apply(new NetworkEventRescheduled(id, command.schedule()), publiclyIf(announced));
            // the participants' data is kept for a time after the event's end: that end moved
            deadlines.cancelAllWithinScope(DATA_EXPIRY);
            kept.forEach((registrationId, data) -> scheduleExpiry(deadlines, retention, registrationId, data));
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
    RegistrationAnswer handle(RegisterForNetworkEvent command, MetaData metaData, PersonalDataVault vault,
                              DeadlineManager deadlines, RegistrationRetention retention) {
        switch (status) {
            case DRAFT -> throw Rejection.conflict("registration opens when the network event is published");
            case CANCELLED -> throw Rejection.conflict("this network event is cancelled");
            default -> {
            }
        }
        if (schedule.hasBegunAt(now()) && !importedAsBefore(metaData)) {
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
        var participant = seal(command.participant(), vault);
        var tokenHash = command.cancellation() == null ? null : command.cancellation().hash();
        var free = placeFree();
        var registrationId = command.registrationId();
        apply(free ? new AttendeeRegistered(id, registrationId, command.organisation(), participant, tokenHash)
                : new AttendeeWaitlisted(id, registrationId, command.organisation(), participant, tokenHash));
        if (participant != null) {
            scheduleExpiry(deadlines, retention, registrationId, kept.get(registrationId));
        }
        return new RegistrationAnswer(AggregateLifecycle.getVersion(),
                free ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED);
    }

    /**
     * A line of a history import that says the registration was made on a day before the event began
     * ({@code docs/import.md}): recorded now, for an event that may be long past.
     */
    private boolean importedAsBefore(MetaData metaData) {
        var effectiveOn = metaData.get(EventMetaData.EFFECTIVE_ON);
        return effectiveOn != null && metaData.containsKey(EventMetaData.IMPORT_ID)
                && !LocalDate.parse(effectiveOn.toString()).isAfter(schedule.start().toLocalDate());
    }

    /** The participant sealed under a new subject of this registration's own; the plain text goes no further. */
    private static SealedParticipant seal(Participant participant, PersonalDataVault vault) {
        if (participant == null) {
            return null;
        }
        var subject = vault.newSubject(participant.email());
        return new SealedParticipant(vault.seal(subject, participant.name()), vault.seal(subject, participant.email()));
    }

    private void scheduleExpiry(DeadlineManager deadlines, RegistrationRetention retention,
                                RegistrationId registrationId, Kept data) {
        var at = retention.expiryOf(schedule, data.recordedAt());
        deadlines.schedule(at, DATA_EXPIRY, new RegistrationDataDue(registrationId, at));
    }

    /**
     * Handled at least once (a deadline survives a crash until its handling is stored): data that already expired
     * is not expired again. A deadline that comes early for the current schedule and retention (the event moved
     * later, the retention was lengthened) is put off to the current expiry. The key goes first; see the class
     * comment.
     */
    @DeadlineHandler(deadlineName = DATA_EXPIRY)
    void expire(RegistrationDataDue due, PersonalDataVault vault, RegistrationRetention retention,
                DeadlineManager deadlines) {
        var data = kept.get(due.registrationId());
        if (data == null) {
            return;
        }
        var current = retention.expiryOf(schedule, data.recordedAt());
        if (current.isAfter(due.at()) && current.isAfter(now())) {
            deadlines.schedule(current, DATA_EXPIRY, new RegistrationDataDue(due.registrationId(), current));
            return;
        }
        vault.erase(data.subject());
        apply(new RegistrationDataExpired(id, due.registrationId(), data.subject()));
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
        if (!actor.has(Role.NETWORK_OFFICE, network()) && !actor.subject().equals(registration.registrant())) {
            throw Rejection.forbidden("only who registered, or the network office, may cancel registration "
                    + command.registrationId());
        }
        return giveBack(command.registrationId(), registration);
    }

    /**
     * The holder of a registration's cancellation link gives it back; the token is the proof. A token that fits no
     * active registration (given back already, a typo, another event's) is answered "not found", whichever it was.
     */
    @CommandHandler
    long handle(CancelRegistrationByLink command) {
        if (status == Status.CANCELLED) {
            throw Rejection.conflict("this network event is cancelled; its registrations no longer matter");
        }
        var hash = command.token().hash();
        var match = registrations.entrySet().stream()
                .filter(entry -> hash.equals(entry.getValue().tokenHash()))
                .filter(entry -> command.registrationId() == null || entry.getKey().equals(command.registrationId()))
                .findFirst()
                .orElseThrow(() -> Rejection.notFound("no active registration of this network event has this "
                        + "cancellation link"));
        return giveBack(match.getKey(), match.getValue());
    }

    /** Gives the registration back; a place it held goes to the first on the waiting list. */
    private long giveBack(RegistrationId registrationId, Registration registration) {
        apply(new RegistrationCancelled(id, registrationId));
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
        network = event.network();
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
    void on(AttendeeRegistered event, @MetaDataValue(EventMetaData.PRINCIPAL) String principal,
            @Timestamp Instant at) {
        registered(event.registrationId(), new Registration(event.organisation(), principal,
                RegistrationStatus.REGISTERED, event.cancellationTokenHash()), event.participant(), at);
    }

    @EventSourcingHandler
    void on(AttendeeWaitlisted event, @MetaDataValue(EventMetaData.PRINCIPAL) String principal,
            @Timestamp Instant at) {
        registered(event.registrationId(), new Registration(event.organisation(), principal,
                RegistrationStatus.WAITLISTED, event.cancellationTokenHash()), event.participant(), at);
    }

    private void registered(RegistrationId registrationId, Registration registration, SealedParticipant participant,
                            Instant at) {
        registrations.put(registrationId, registration);
        used.add(registrationId);
        if (participant != null) {
            kept.put(registrationId, new Kept(participant.subject(), at));
        }
    }

    @EventSourcingHandler
    void on(RegistrationDataExpired event) {
        kept.remove(event.registrationId());
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
