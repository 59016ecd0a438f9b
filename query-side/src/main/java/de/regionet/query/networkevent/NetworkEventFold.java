package de.regionet.query.networkevent;

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
import de.regionet.query.readmodel.EventFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;

/**
 * A network event's view folded from its own events ({@link EventFold}), as {@link NetworkEventProjection} builds
 * it, with its registrations, in the answer of {@code GET /api/network-events/{id}} (start and end with their offset).
 * The audit's state as of a time shows registrations without their participants: those are personal data, answered
 * by the registrations read path and the access request while they last.
 */
public final class NetworkEventFold implements EventFold<NetworkEventView> {

    private static final NetworkEventFold FOLD = new NetworkEventFold();

    private NetworkEventFold() {
    }

    /** The network event as its events tell it, answered as the network office reads it, registrations included. */
    public static Object view(List<? extends DomainEventMessage<?>> events) {
        var view = FOLD.over(events);
        return view == null ? null : NetworkEventQueryController.NetworkEventAnswer.of(view, Participants.WITHHELD);
    }

    @Override
    public NetworkEventView next(NetworkEventView view, Object event, long version, Instant at) {
        if (event instanceof NetworkEventDrafted drafted) {
            return NetworkEventView.drafted(drafted.eventId().value(), drafted.details(), drafted.schedule(),
                    drafted.network().value(), at,
                    version);
        }
        if (view == null) {
            return null;
        }
        if (event instanceof NetworkEventPublished published) {
            return view.describedAs(published.details(), at, version).published(published.schedule(), at, version);
        }
        if (event instanceof NetworkEventRescheduled rescheduled) {
            return view.rescheduled(rescheduled.schedule(), at, version);
        }
        if (event instanceof NetworkEventCancelled cancelled) {
            return view.cancelled(cancelled.reason(), at, version);
        }
        return registrations(view, event, version, at);
    }

    private static NetworkEventView registrations(NetworkEventView view, Object event, long version, Instant at) {
        if (event instanceof AttendeeRegistered registered) {
            return view.withRegistration(new Registration(registered.registrationId().value(),
                    registered.organisation(), RegistrationStatus.REGISTERED, registered.participant(), at), version);
        }
        if (event instanceof AttendeeWaitlisted waitlisted) {
            return view.withRegistration(new Registration(waitlisted.registrationId().value(),
                    waitlisted.organisation(), RegistrationStatus.WAITLISTED, waitlisted.participant(), at), version);
        }
        if (event instanceof RegistrationDataExpired) {
            return view.changedTo(version);
        }
        if (event instanceof RegistrationCancelled cancelled) {
            return view.withoutRegistration(cancelled.registrationId().value(), version);
        }
        if (event instanceof WaitlistedAttendeeAdmitted admitted) {
            return view.admitting(admitted.registrationId().value(), version);
        }
        return view;
    }
}
