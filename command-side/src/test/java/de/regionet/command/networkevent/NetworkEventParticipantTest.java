package de.regionet.command.networkevent;

import de.regionet.command.access.Senders;
import de.regionet.command.networkevent.NetworkEvent.RegistrationDataDue;
import de.regionet.command.personal.InMemoryVault;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.networkevent.CancellationToken;
import de.regionet.kernel.networkevent.EventDetails;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelRegistrationByLink;
import de.regionet.kernel.networkevent.NetworkEventCommand.DraftNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.PublishNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.RegisterForNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.RescheduleNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeRegistered;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeWaitlisted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventDrafted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventPublished;
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
import de.regionet.kernel.region.RegionKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;

import static de.regionet.command.access.Rejections.rejectedAs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registrations that name their participant (sealed under a subject of their own), give a personal cancellation
 * link, and whose participant data expires by a deadline: six months after the event's end, or the grace period
 * after recording, whichever is later.
 */
class NetworkEventParticipantTest {

    private static final NetworkEventId CONFERENCE = new NetworkEventId("conference");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Schedule DECEMBER_3 = new Schedule(LocalDateTime.of(2026, 12, 3, 10, 0),
            LocalDateTime.of(2026, 12, 3, 16, 30));
    private static final Schedule DECEMBER_10 = new Schedule(LocalDateTime.of(2026, 12, 10, 9, 30),
            LocalDateTime.of(2026, 12, 10, 15, 0));
    /** 3 December 2026, 16:30 in Berlin, plus six months: 3 June 2027, 16:30 summer time. */
    private static final Instant EXPIRY = Instant.parse("2027-06-03T14:30:00Z");
    private static final Instant EXPIRY_AFTER_MOVE = Instant.parse("2027-06-10T13:00:00Z");
    private static final EventDetails ONE_PLACE = new EventDetails("Regionalkonferenz", "Fachkräfte sichern",
            "Magdeburg", null, 1, List.of(new RegionKey("15089")));

    private static final RegistrationId ERIKA = new RegistrationId("r-erika");
    private static final RegistrationId MAX = new RegistrationId("r-max");
    private static final Participant ERIKA_MUSTERMANN = new Participant("Erika Mustermann", "erika@example.org");
    private static final CancellationToken ERIKAS_LINK = new CancellationToken("erikas-link-0123456789-abcdefghij");
    private static final CancellationToken MAXS_LINK = new CancellationToken("maxs-link-0123456789-abcdefghijkl");
    private static final SealedParticipant SEALED_ERIKA = new SealedParticipant(
            InMemoryVault.sealed(InMemoryVault.subject(1), "Erika Mustermann"),
            InMemoryVault.sealed(InMemoryVault.subject(1), "erika@example.org"));

    private FixtureConfiguration<NetworkEvent> fixture;
    private InMemoryVault vault;

    @BeforeEach
    void setUp() {
        vault = new InMemoryVault();
        fixture = new AggregateTestFixture<>(NetworkEvent.class);
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new de.regionet.command.access.CommandSenders());
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(new RegistrationRetention("P6M", "P30D"));
    }

    @Test
    void a_named_participant_is_sealed_under_a_new_subject_and_their_data_given_a_deadline() {
        fixture.given(drafted(), published())
                .andGivenCurrentTime(NOW)
                .when(registerErika())
                .expectResultMessagePayload(new RegistrationAnswer(2L, RegistrationStatus.REGISTERED))
                .expectEvents(new AttendeeRegistered(CONFERENCE, ERIKA, "Bildungswerk Salzland", SEALED_ERIKA,
                        ERIKAS_LINK.hash()))
                .expectScheduledDeadline(EXPIRY, new RegistrationDataDue(ERIKA, EXPIRY));
    }

    @Test
    void a_registration_without_participant_keeps_no_personal_data_and_needs_no_deadline() {
        fixture.given(drafted(), published())
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, ERIKA, "Bildungswerk Salzland"))
                .expectEvents(new AttendeeRegistered(CONFERENCE, ERIKA, "Bildungswerk Salzland", null, null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void whoever_holds_the_link_gives_the_place_back_and_the_first_waiting_moves_up() {
        fixture.given(drafted(), published(),
                        new AttendeeRegistered(CONFERENCE, ERIKA, "Bildungswerk Salzland", SEALED_ERIKA,
                                ERIKAS_LINK.hash()),
                        new AttendeeWaitlisted(CONFERENCE, MAX, "Jobcenter", null, MAXS_LINK.hash()))
                .andGivenCurrentTime(NOW)
                .when(new CancelRegistrationByLink(CONFERENCE, null, ERIKAS_LINK), new HashMap<>())
                .expectResultMessagePayload(5L)
                .expectEvents(new RegistrationCancelled(CONFERENCE, ERIKA),
                        new WaitlistedAttendeeAdmitted(CONFERENCE, MAX));
    }

    @Test
    void the_link_of_one_registration_does_not_give_back_another() {
        fixture.given(drafted(), published(),
                        new AttendeeRegistered(CONFERENCE, ERIKA, "Bildungswerk Salzland", null, ERIKAS_LINK.hash()),
                        new AttendeeWaitlisted(CONFERENCE, MAX, "Jobcenter", null, MAXS_LINK.hash()))
                .andGivenCurrentTime(NOW)
                .when(new CancelRegistrationByLink(CONFERENCE, ERIKA, MAXS_LINK))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void a_link_that_was_used_once_gives_nothing_back_again() {
        fixture.given(drafted(), published(),
                        new AttendeeRegistered(CONFERENCE, ERIKA, "Bildungswerk Salzland", null, ERIKAS_LINK.hash()),
                        new RegistrationCancelled(CONFERENCE, ERIKA))
                .andGivenCurrentTime(NOW)
                .when(new CancelRegistrationByLink(CONFERENCE, null, ERIKAS_LINK))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void at_the_deadline_the_key_is_destroyed_and_the_expiry_recorded() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(new DraftNetworkEvent(CONFERENCE, ONE_PLACE, DECEMBER_3),
                        new PublishNetworkEvent(CONFERENCE, null), registerErika())
                .whenTimeAdvancesTo(EXPIRY)
                .expectDeadlinesMet(new RegistrationDataDue(ERIKA, EXPIRY))
                .expectEvents(new RegistrationDataExpired(CONFERENCE, ERIKA, InMemoryVault.subject(1)));
        assertThat(vault.isErased(InMemoryVault.subject(1))).isTrue();
    }

    @Test
    void a_registration_given_back_keeps_its_deadline_as_the_events_still_hold_its_data() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(new DraftNetworkEvent(CONFERENCE, ONE_PLACE, DECEMBER_3),
                        new PublishNetworkEvent(CONFERENCE, null), registerErika(),
                        new CancelRegistrationByLink(CONFERENCE, ERIKA, ERIKAS_LINK))
                .whenTimeAdvancesTo(EXPIRY)
                .expectEvents(new RegistrationDataExpired(CONFERENCE, ERIKA, InMemoryVault.subject(1)));
    }

    @Test
    void rescheduling_moves_the_deadline_with_the_end_of_the_event() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(new DraftNetworkEvent(CONFERENCE, ONE_PLACE, DECEMBER_3),
                        new PublishNetworkEvent(CONFERENCE, null), registerErika())
                .when(new RescheduleNetworkEvent(CONFERENCE, DECEMBER_10, null))
                .expectScheduledDeadline(EXPIRY_AFTER_MOVE, new RegistrationDataDue(ERIKA, EXPIRY_AFTER_MOVE))
                .expectNoScheduledDeadline(EXPIRY, new RegistrationDataDue(ERIKA, EXPIRY));
    }

    @Test
    void a_registration_imported_for_an_event_long_past_keeps_its_data_for_the_grace_period() {
        var held = new Schedule(LocalDateTime.of(2023, 11, 8, 10, 0), LocalDateTime.of(2023, 11, 8, 16, 0));
        var recorded = Instant.parse("2026-02-01T09:00:00Z");
        var graceEnds = Instant.parse("2026-03-03T09:00:00Z");
        var imported = new HashMap<String, Object>(Senders.sentBy(Senders.OFFICE));
        imported.put(EventMetaData.IMPORT_ID, "import-1");
        imported.put(EventMetaData.EFFECTIVE_ON, "2023-10-20");
        fixture.given(new NetworkEventDrafted(CONFERENCE, ONE_PLACE, held),
                        new NetworkEventPublished(CONFERENCE, ONE_PLACE, held))
                .andGivenCurrentTime(recorded)
                .when(new RegisterForNetworkEvent(CONFERENCE, ERIKA, "Bildungswerk Salzland", ERIKA_MUSTERMANN,
                        null), imported)
                .expectEvents(new AttendeeRegistered(CONFERENCE, ERIKA, "Bildungswerk Salzland", SEALED_ERIKA,
                        null))
                .expectScheduledDeadline(graceEnds, new RegistrationDataDue(ERIKA, graceEnds));
    }

    private static RegisterForNetworkEvent registerErika() {
        return new RegisterForNetworkEvent(CONFERENCE, ERIKA, "Bildungswerk Salzland", ERIKA_MUSTERMANN,
                ERIKAS_LINK);
    }

    private static NetworkEventDrafted drafted() {
        return new NetworkEventDrafted(CONFERENCE, ONE_PLACE, DECEMBER_3);
    }

    private static NetworkEventPublished published() {
        return new NetworkEventPublished(CONFERENCE, ONE_PLACE, DECEMBER_3);
    }
}
