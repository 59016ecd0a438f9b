package de.regionet.kernel.networkevent;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.network.NetworkId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static de.regionet.kernel.access.Role.AUDITOR;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.PROJECT_SPONSOR;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to a {@code NetworkEvent}. The network office drafts, publishes, reschedules and cancels; anyone signed
 * in registers an organisation (a project sponsor only its own) and may cancel a registration it made. Commands on
 * an existing event carry the version the sender based them on ({@code null}: the sender does not care).
 */
public sealed interface NetworkEventCommand {

    NetworkEventId eventId();

    /**
     * Plans an event of {@code network} (an office of one network may leave it out) as a draft, visible to that
     * network's office only.
     */
    @SentBy(NETWORK_OFFICE)
    record DraftNetworkEvent(@TargetAggregateIdentifier NetworkEventId eventId, EventDetails details,
                             Schedule schedule, NetworkId network) implements NetworkEventCommand {
        public DraftNetworkEvent {
            Require.present(eventId, "eventId");
            Require.present(details, "details");
            Require.present(schedule, "schedule");
        }

        public DraftNetworkEvent(NetworkEventId eventId, EventDetails details, Schedule schedule) {
            this(eventId, details, schedule, null);
        }
    }

    /** Announces the event to the network and the public; registration opens. */
    @SentBy(NETWORK_OFFICE)
    record PublishNetworkEvent(@TargetAggregateIdentifier NetworkEventId eventId, Long expectedVersion)
            implements NetworkEventCommand {
        public PublishNetworkEvent {
            Require.present(eventId, "eventId");
        }
    }

    /** Moves the event to another time; registrations stay. */
    @SentBy(NETWORK_OFFICE)
    record RescheduleNetworkEvent(@TargetAggregateIdentifier NetworkEventId eventId, Schedule schedule,
                                  Long expectedVersion) implements NetworkEventCommand {
        public RescheduleNetworkEvent {
            Require.present(eventId, "eventId");
            Require.present(schedule, "schedule");
        }
    }

    /** Calls the event off, saying why; it stays listed as cancelled. */
    @SentBy(NETWORK_OFFICE)
    record CancelNetworkEvent(@TargetAggregateIdentifier NetworkEventId eventId, String reason, Long expectedVersion)
            implements NetworkEventCommand {
        public CancelNetworkEvent {
            Require.present(eventId, "eventId");
            reason = Require.text(reason, "reason", TextLimits.SUMMARY);
        }
    }

    /**
     * Registers an organisation for a published event: a place if one is free, else the waiting list. It may name
     * the {@code participant} ({@code null}: none), sealed by the aggregate, and carry the token of the personal
     * cancellation link handed to the registrant ({@code null}: no link). {@link #toString()} leaves both out.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR, PROJECT_SPONSOR, AUDITOR})
    record RegisterForNetworkEvent(@TargetAggregateIdentifier NetworkEventId eventId, RegistrationId registrationId,
                                   String organisation, Participant participant, CancellationToken cancellation)
            implements NetworkEventCommand {
        public RegisterForNetworkEvent {
            Require.present(eventId, "eventId");
            Require.present(registrationId, "registrationId");
            organisation = Require.text(organisation, "organisation", TextLimits.NAME);
        }

        public RegisterForNetworkEvent(NetworkEventId eventId, RegistrationId registrationId, String organisation) {
            this(eventId, registrationId, organisation, null, null);
        }

        @Override
        public String toString() {
            return "RegisterForNetworkEvent[eventId=" + eventId + ", registrationId=" + registrationId
                    + ", organisation=" + organisation + ", participant=" + (participant == null ? "none" : "withheld")
                    + "]";
        }
    }

    /** Gives a registration back; a freed place goes to the first organisation on the waiting list. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR, PROJECT_SPONSOR, AUDITOR})
    record CancelRegistration(@TargetAggregateIdentifier NetworkEventId eventId, RegistrationId registrationId)
            implements NetworkEventCommand {
        public CancelRegistration {
            Require.present(eventId, "eventId");
            Require.present(registrationId, "registrationId");
        }
    }

    /**
     * Gives a registration back through its personal cancellation link: whoever holds the link's token may, signed
     * in or not; the token is the proof, checked against the hash the registration keeps. {@code registrationId}
     * names the registration where the sender knows it (the API), {@code null} where the link alone does (the page).
     */
    @SentBy(value = {}, anyone = true)
    record CancelRegistrationByLink(@TargetAggregateIdentifier NetworkEventId eventId, RegistrationId registrationId,
                                    CancellationToken token) implements NetworkEventCommand {
        public CancelRegistrationByLink {
            Require.present(eventId, "eventId");
            Require.present(token, "token");
        }
    }
}
