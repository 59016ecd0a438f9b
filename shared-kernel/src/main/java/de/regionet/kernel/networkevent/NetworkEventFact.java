package de.regionet.kernel.networkevent;

import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.kernel.personal.WithPersonalData;

/**
 * Facts in a network event's stream. Events about a published network event (publication, rescheduling,
 * cancellation) carry the metadata {@code audience: PUBLIC} ({@link de.regionet.kernel.EventMetaData#AUDIENCE});
 * registrations name organisations and stay internal. A registration may name its participant, sealed under a data
 * subject of the registration's own ({@link SealedParticipant}), and keep the hash of its cancellation link's token;
 * both are {@code null} on registrations stored before they existed (and on those made without them).
 */
public sealed interface NetworkEventFact {

    NetworkEventId eventId();

    /** An event was planned as a draft; only the network office sees it. */
    record NetworkEventDrafted(NetworkEventId eventId, EventDetails details, Schedule schedule, NetworkId network)
            implements NetworkEventFact {

        /** Drafts recorded before networks name none: they are Saxony-Anhalt's. */
        public NetworkEventDrafted {
            network = network == null ? NetworkId.SACHSEN_ANHALT : network;
        }

        public NetworkEventDrafted(NetworkEventId eventId, EventDetails details, Schedule schedule) {
            this(eventId, details, schedule, null);
        }
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

    /**
     * An organisation got a place, for {@code participant} where one is named; {@code cancellationTokenHash} is the
     * SHA-256 (hex) of the personal cancellation link's token, where one was handed out.
     */
    record AttendeeRegistered(NetworkEventId eventId, RegistrationId registrationId, String organisation,
                              SealedParticipant participant, String cancellationTokenHash)
            implements NetworkEventFact, WithPersonalData {

        public AttendeeRegistered(NetworkEventId eventId, RegistrationId registrationId, String organisation) {
            this(eventId, registrationId, organisation, null, null);
        }

        @Override
        public AttendeeRegistered withoutPersonalData() {
            return new AttendeeRegistered(eventId, registrationId, organisation);
        }
    }

    /** The event was full: an organisation was put on the waiting list (participant and token as registered). */
    record AttendeeWaitlisted(NetworkEventId eventId, RegistrationId registrationId, String organisation,
                              SealedParticipant participant, String cancellationTokenHash)
            implements NetworkEventFact, WithPersonalData {

        public AttendeeWaitlisted(NetworkEventId eventId, RegistrationId registrationId, String organisation) {
            this(eventId, registrationId, organisation, null, null);
        }

        @Override
        public AttendeeWaitlisted withoutPersonalData() {
            return new AttendeeWaitlisted(eventId, registrationId, organisation);
        }
    }

    /** A registration (a place or a place on the waiting list) was given back. */
    record RegistrationCancelled(NetworkEventId eventId, RegistrationId registrationId) implements NetworkEventFact {
    }

    /** A place became free and went to the first organisation on the waiting list. */
    record WaitlistedAttendeeAdmitted(NetworkEventId eventId, RegistrationId registrationId)
            implements NetworkEventFact {
    }

    /**
     * A registration's personal data reached the end of its retention (ADR 0022): the key of {@code subject} was
     * destroyed, so the participant's name and address can no longer be read anywhere. Carries no personal data.
     */
    record RegistrationDataExpired(NetworkEventId eventId, RegistrationId registrationId, SubjectId subject)
            implements NetworkEventFact {
    }
}
