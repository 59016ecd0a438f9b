package de.regionet.query.networkevent;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeRegistered;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeWaitlisted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventCancelled;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventDrafted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventPublished;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventRescheduled;
import de.regionet.kernel.networkevent.NetworkEventFact.RegistrationCancelled;
import de.regionet.kernel.networkevent.NetworkEventFact.RegistrationDataExpired;
import de.regionet.kernel.networkevent.NetworkEventFact.WaitlistedAttendeeAdmitted;
import de.regionet.kernel.networkevent.RegistrationStatus;
import de.regionet.query.networkevent.NetworkEventView.Registration;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Projects network event streams into the {@code network_events} read collection. */
@Component
@ProcessingGroup(NetworkEventProjection.NAME)
public class NetworkEventProjection {

    public static final String NAME = "network_events";

    private final VersionedCollection<NetworkEventView> events;

    NetworkEventProjection(MongoDatabase database, MeterRegistry meters) {
        this.events = new VersionedCollection<>(database, NAME, NetworkEventView.class, meters);
    }

    @EventHandler
    void on(NetworkEventDrafted event, @SequenceNumber long version, @Timestamp Instant at) {
        var id = event.eventId().value();
        events.create(id, version, NetworkEventView.drafted(id, event.details(), event.schedule(),
                event.network().value(), at, version));
    }

    @EventHandler
    void on(NetworkEventPublished event, @SequenceNumber long version, @Timestamp Instant at) {
        events.update(event.eventId().value(), version, view -> view.describedAs(event.details(), at, version)
                .published(event.schedule(), at, version));
    }

    @EventHandler
    void on(NetworkEventRescheduled event, @SequenceNumber long version, @Timestamp Instant at) {
        events.update(event.eventId().value(), version, view -> view.rescheduled(event.schedule(), at, version));
    }

    @EventHandler
    void on(NetworkEventCancelled event, @SequenceNumber long version, @Timestamp Instant at) {
        events.update(event.eventId().value(), version, view -> view.cancelled(event.reason(), at, version));
    }

    @EventHandler
    void on(AttendeeRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        events.update(event.eventId().value(), version, view -> view.withRegistration(new Registration(
                event.registrationId().value(), event.organisation(), RegistrationStatus.REGISTERED,
                event.participant(), at), version));
    }

    @EventHandler
    void on(AttendeeWaitlisted event, @SequenceNumber long version, @Timestamp Instant at) {
        events.update(event.eventId().value(), version, view -> view.withRegistration(new Registration(
                event.registrationId().value(), event.organisation(), RegistrationStatus.WAITLISTED,
                event.participant(), at), version));
    }

    /** The participant stays sealed here; with its key destroyed it reads as erased. */
    @EventHandler
    void on(RegistrationDataExpired event, @SequenceNumber long version) {
        events.update(event.eventId().value(), version, view -> view.changedTo(version));
    }

    @EventHandler
    void on(RegistrationCancelled event, @SequenceNumber long version) {
        events.update(event.eventId().value(), version,
                view -> view.withoutRegistration(event.registrationId().value(), version));
    }

    @EventHandler
    void on(WaitlistedAttendeeAdmitted event, @SequenceNumber long version) {
        events.update(event.eventId().value(), version,
                view -> view.admitting(event.registrationId().value(), version));
    }

    @ResetHandler
    void reset() {
        events.clear();
    }

    public VersionedCollection<NetworkEventView> events() {
        return events;
    }
}
