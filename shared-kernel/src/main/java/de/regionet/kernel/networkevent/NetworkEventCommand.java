package de.regionet.kernel.networkevent;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
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

    /** Plans an event as a draft, visible to the network office only. */
    @SentBy(NETWORK_OFFICE)
    record DraftNetworkEvent(@TargetAggregateIdentifier NetworkEventId eventId, EventDetails details,
                             Schedule schedule) implements NetworkEventCommand {
        public DraftNetworkEvent {
            Require.present(eventId, "eventId");
            Require.present(details, "details");
            Require.present(schedule, "schedule");
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

    /** Registers an organisation for a published event: a place if one is free, else the waiting list. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR, PROJECT_SPONSOR, AUDITOR})
    record RegisterForNetworkEvent(@TargetAggregateIdentifier NetworkEventId eventId, RegistrationId registrationId,
                                   String organisation) implements NetworkEventCommand {
        public RegisterForNetworkEvent {
            Require.present(eventId, "eventId");
            Require.present(registrationId, "registrationId");
            organisation = Require.text(organisation, "organisation", TextLimits.NAME);
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
}
