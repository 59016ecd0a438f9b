package de.regionet.kernel.networkevent;

/**
 * Facts in a network event's stream. Events about a published network event (publication, rescheduling,
 * cancellation) carry the metadata {@code audience: PUBLIC} ({@link de.regionet.kernel.EventMetaData#AUDIENCE});
 * registrations name organisations and stay internal.
 */
public sealed interface NetworkEventFact {

    NetworkEventId eventId();

    /** An event was planned as a draft; only the network office sees it. */
    record NetworkEventDrafted(NetworkEventId eventId, EventDetails details, Schedule schedule)
            implements NetworkEventFact {
    }

    /** The event was announced as {@code details} at {@code schedule}; registration is open. */
    record NetworkEventPublished(NetworkEventId eventId, EventDetails details, Schedule schedule)
            implements NetworkEventFact {
    }

    /** The event moved to {@code schedule}. */
    record NetworkEventRescheduled(NetworkEventId eventId, Schedule schedule) implements NetworkEventFact {
    }

    /** The event was called off. */
    record NetworkEventCancelled(NetworkEventId eventId, String reason) implements NetworkEventFact {
    }

    /** An organisation got a place. */
    record AttendeeRegistered(NetworkEventId eventId, RegistrationId registrationId, String organisation)
            implements NetworkEventFact {
    }

    /** The event was full: an organisation was put on the waiting list. */
    record AttendeeWaitlisted(NetworkEventId eventId, RegistrationId registrationId, String organisation)
            implements NetworkEventFact {
    }

    /** A registration (a place or a place on the waiting list) was given back. */
    record RegistrationCancelled(NetworkEventId eventId, RegistrationId registrationId) implements NetworkEventFact {
    }

    /** A place became free and went to the first organisation on the waiting list. */
    record WaitlistedAttendeeAdmitted(NetworkEventId eventId, RegistrationId registrationId)
            implements NetworkEventFact {
    }
}
