package de.regionet.command.networkevent;

import de.regionet.command.access.Senders;
import de.regionet.command.personal.InMemoryVault;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
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
import de.regionet.kernel.region.RegionKey;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static de.regionet.command.access.Rejections.aboutField;
import static de.regionet.command.access.Rejections.causedBy;
import static de.regionet.command.access.Rejections.internally;
import static de.regionet.command.access.Rejections.publicly;
import static de.regionet.command.access.Rejections.rejectedAs;
import static org.hamcrest.Matchers.allOf;

class NetworkEventTest {

    private static final NetworkEventId CONFERENCE = new NetworkEventId("conference");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Schedule DECEMBER_3 = new Schedule(LocalDateTime.of(2026, 12, 3, 10, 0),
            LocalDateTime.of(2026, 12, 3, 16, 30));
    private static final Schedule DECEMBER_10 = new Schedule(LocalDateTime.of(2026, 12, 10, 9, 30),
            LocalDateTime.of(2026, 12, 10, 15, 0));
    private static final EventDetails TWO_PLACES = new EventDetails("Regionalkonferenz", "Fachkräfte sichern",
            "Magdeburg", null, 2, List.of(new RegionKey("15089")));

    private static final RegistrationId BILDUNGSWERK = new RegistrationId("r-bildungswerk");
    private static final RegistrationId JOBCENTER = new RegistrationId("r-jobcenter");
    private static final RegistrationId CHAMBER = new RegistrationId("r-chamber");
    private static final RegistrationId AGENCY = new RegistrationId("r-agency");
    private static final Actor SPONSOR = Senders.SPONSOR;

    private static final NetworkEventDrafted DRAFTED = new NetworkEventDrafted(CONFERENCE, TWO_PLACES, DECEMBER_3);
    private static final NetworkEventPublished PUBLISHED = new NetworkEventPublished(CONFERENCE, TWO_PLACES, DECEMBER_3);
    private static final NetworkEventCancelled CANCELLED = new NetworkEventCancelled(CONFERENCE, "Saal fehlt");

    private FixtureConfiguration<NetworkEvent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NetworkEvent.class);
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerInjectableResource(new InMemoryVault());
        fixture.registerInjectableResource(new RegistrationRetention("P6M", "P30D"));
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    @Test
    void drafting_plans_an_internal_draft() {
        fixture.givenCurrentTime(NOW)
                .when(new DraftNetworkEvent(CONFERENCE, TWO_PLACES, DECEMBER_3))
                .expectSuccessfulHandlerExecution()
                .expectEvents(internally(DRAFTED));
    }

    @Test
    void an_event_held_before_it_was_recorded_is_drafted_with_its_schedule() {
        fixture.givenCurrentTime(Instant.parse("2026-12-03T09:00:00Z"))
                .when(new DraftNetworkEvent(CONFERENCE, TWO_PLACES, DECEMBER_3))
                .expectEvents(internally(DRAFTED));
    }

    @Test
    void publishing_announces_the_event_to_the_public() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .when(new PublishNetworkEvent(CONFERENCE, 0L))
                .expectResultMessagePayload(1L)
                .expectEvents(publicly(PUBLISHED));
    }

    @Test
    void publishing_twice_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(NOW)
                .when(new PublishNetworkEvent(CONFERENCE, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("this network event is already published")
                .expectNoEvents();
    }

    @Test
    void publishing_a_cancelled_event_is_rejected() {
        fixture.given(DRAFTED, CANCELLED)
                .andGivenCurrentTime(NOW)
                .when(new PublishNetworkEvent(CONFERENCE, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("this network event is cancelled")
                .expectNoEvents();
    }

    @Test
    void an_event_that_has_begun_is_published_as_held_and_takes_no_registrations() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(Instant.parse("2026-12-03T09:30:00Z"))
                .when(new PublishNetworkEvent(CONFERENCE, null))
                .expectEvents(publicly(PUBLISHED));
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(Instant.parse("2026-12-03T09:30:00Z"))
                .when(new RegisterForNetworkEvent(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland"),
                        Senders.sentBy(SPONSOR))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT));
    }

    @Test
    void rescheduling_a_published_event_is_public() {
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(NOW)
                .when(new RescheduleNetworkEvent(CONFERENCE, DECEMBER_10, 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(publicly(new NetworkEventRescheduled(CONFERENCE, DECEMBER_10)));
    }

    @Test
    void rescheduling_a_draft_is_internal() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .when(new RescheduleNetworkEvent(CONFERENCE, DECEMBER_10, null))
                .expectEvents(internally(new NetworkEventRescheduled(CONFERENCE, DECEMBER_10)));
    }

    @Test
    void rescheduling_to_the_same_time_records_nothing() {
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(NOW)
                .when(new RescheduleNetworkEvent(CONFERENCE, DECEMBER_3, null))
                .expectResultMessagePayload(1L)
                .expectNoEvents();
    }

    @Test
    void rescheduling_into_the_past_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(Instant.parse("2026-12-05T09:00:00Z"))
                .when(new RescheduleNetworkEvent(CONFERENCE,
                        new Schedule(LocalDateTime.of(2026, 12, 4, 9, 0), LocalDateTime.of(2026, 12, 4, 12, 0)), null))
                .expectException(allOf(rejectedAs(Rejection.Kind.INVALID), aboutField("start")))
                .expectNoEvents();
    }

    @Test
    void rescheduling_a_cancelled_event_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED, CANCELLED)
                .andGivenCurrentTime(NOW)
                .when(new RescheduleNetworkEvent(CONFERENCE, DECEMBER_10, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("this network event is cancelled and cannot be rescheduled")
                .expectNoEvents();
    }

    @Test
    void cancelling_a_published_event_is_public_and_says_why() {
        fixture.given(DRAFTED, PUBLISHED)
                .when(new CancelNetworkEvent(CONFERENCE, "Saal fehlt", 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(publicly(CANCELLED));
    }

    @Test
    void cancelling_a_draft_is_internal() {
        fixture.given(DRAFTED)
                .when(new CancelNetworkEvent(CONFERENCE, "Saal fehlt", null))
                .expectEvents(internally(CANCELLED));
    }

    @Test
    void cancelling_twice_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED, CANCELLED)
                .when(new CancelNetworkEvent(CONFERENCE, "noch einmal", null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("this network event is already cancelled")
                .expectNoEvents();
    }

    @Test
    void a_command_based_on_an_older_version_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(NOW)
                .when(new RescheduleNetworkEvent(CONFERENCE, DECEMBER_10, 0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
        fixture.given(DRAFTED, PUBLISHED)
                .when(new CancelNetworkEvent(CONFERENCE, "Saal fehlt", 0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
        fixture.given(DRAFTED, new NetworkEventRescheduled(CONFERENCE, DECEMBER_10))
                .when(new PublishNetworkEvent(CONFERENCE, 0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
    }

    @Test
    void a_command_on_an_unknown_event_fails() {
        fixture.givenNoPriorActivity()
                .when(new PublishNetworkEvent(CONFERENCE, null))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void registering_takes_a_free_place() {
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland"),
                        Senders.sentBy(SPONSOR))
                .expectResultMessagePayload(new RegistrationAnswer(2L, RegistrationStatus.REGISTERED))
                .expectEvents(internally(new AttendeeRegistered(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland")));
    }

    @Test
    void registering_when_full_puts_the_organisation_on_the_waiting_list() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter"), registered(CHAMBER, "IHK"))
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, AGENCY, "Agentur für Arbeit"))
                .expectResultMessagePayload(new RegistrationAnswer(4L, RegistrationStatus.WAITLISTED))
                .expectEvents(new AttendeeWaitlisted(CONFERENCE, AGENCY, "Agentur für Arbeit"));
    }

    @Test
    void an_event_without_capacity_has_room_for_everyone() {
        var open = new EventDetails("Online-Sprechstunde", "Fragen", null, "https://meet.example.org/x", null, List.of());
        fixture.given(new NetworkEventDrafted(CONFERENCE, open, DECEMBER_3),
                        new NetworkEventPublished(CONFERENCE, open, DECEMBER_3),
                        registered(JOBCENTER, "Jobcenter"), registered(CHAMBER, "IHK"))
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, AGENCY, "Agentur für Arbeit"))
                .expectEvents(new AttendeeRegistered(CONFERENCE, AGENCY, "Agentur für Arbeit"));
    }

    @Test
    void registering_the_same_organisation_twice_is_rejected_regardless_of_case() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter Salzlandkreis"))
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, AGENCY, "JOBCENTER salzlandkreis"))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("JOBCENTER salzlandkreis is already registered for this network event")
                .expectNoEvents();
    }

    @Test
    void registering_an_organisation_on_the_waiting_list_again_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter"), registered(CHAMBER, "IHK"),
                        new AttendeeWaitlisted(CONFERENCE, AGENCY, "Agentur für Arbeit"))
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, BILDUNGSWERK, "Agentur für Arbeit"))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("Agentur für Arbeit is already on the waiting list of this network event")
                .expectNoEvents();
    }

    @Test
    void a_registration_id_is_never_reused() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter"),
                        new RegistrationCancelled(CONFERENCE, JOBCENTER))
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, JOBCENTER, "IHK"))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void registering_for_a_draft_is_rejected() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, JOBCENTER, "Jobcenter"))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("registration opens when the network event is published")
                .expectNoEvents();
    }

    @Test
    void registering_when_cancelled_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED, CANCELLED)
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, JOBCENTER, "Jobcenter"))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("this network event is cancelled")
                .expectNoEvents();
    }

    @Test
    void registering_once_the_event_has_begun_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(Instant.parse("2026-12-03T09:00:00Z"))
                .when(new RegisterForNetworkEvent(CONFERENCE, JOBCENTER, "Jobcenter"))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_sponsor_may_register_only_its_own_organisation() {
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(NOW)
                .when(new RegisterForNetworkEvent(CONFERENCE, JOBCENTER, "Jobcenter Salzlandkreis"),
                        Senders.sentBy(SPONSOR))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectExceptionMessage(Senders.pseudonymOf("sponsor") + " may register Bildungswerk Salzland only")
                .expectNoEvents();
    }

    @Test
    void a_coordinator_or_auditor_may_register_any_organisation() {
        for (var sender : new Actor[]{Senders.coordinatorOf("15001"), Senders.AUDITOR}) {
            fixture.given(DRAFTED, PUBLISHED)
                    .andGivenCurrentTime(NOW)
                    .when(new RegisterForNetworkEvent(CONFERENCE, JOBCENTER, "Jobcenter"), Senders.sentBy(sender))
                    .expectEvents(new AttendeeRegistered(CONFERENCE, JOBCENTER, "Jobcenter"));
        }
    }

    @Test
    void cancelling_a_place_admits_the_first_on_the_waiting_list() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter"), registered(CHAMBER, "IHK"),
                        new AttendeeWaitlisted(CONFERENCE, AGENCY, "Agentur für Arbeit"),
                        new AttendeeWaitlisted(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland"))
                .when(new CancelRegistration(CONFERENCE, CHAMBER))
                .expectResultMessagePayload(7L)
                .expectEvents(new RegistrationCancelled(CONFERENCE, CHAMBER),
                        new WaitlistedAttendeeAdmitted(CONFERENCE, AGENCY));
    }

    @Test
    void the_next_freed_place_goes_to_the_next_on_the_waiting_list() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter"), registered(CHAMBER, "IHK"),
                        new AttendeeWaitlisted(CONFERENCE, AGENCY, "Agentur für Arbeit"),
                        new AttendeeWaitlisted(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland"),
                        new RegistrationCancelled(CONFERENCE, CHAMBER), new WaitlistedAttendeeAdmitted(CONFERENCE, AGENCY))
                .when(new CancelRegistration(CONFERENCE, AGENCY))
                .expectEvents(new RegistrationCancelled(CONFERENCE, AGENCY),
                        new WaitlistedAttendeeAdmitted(CONFERENCE, BILDUNGSWERK));
    }

    @Test
    void leaving_the_waiting_list_frees_no_place() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter"), registered(CHAMBER, "IHK"),
                        new AttendeeWaitlisted(CONFERENCE, AGENCY, "Agentur für Arbeit"),
                        new AttendeeWaitlisted(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland"))
                .when(new CancelRegistration(CONFERENCE, AGENCY))
                .expectEvents(new RegistrationCancelled(CONFERENCE, AGENCY));
    }

    @Test
    void cancelling_a_place_with_nobody_waiting_only_frees_it() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter"))
                .when(new CancelRegistration(CONFERENCE, JOBCENTER))
                .expectEvents(new RegistrationCancelled(CONFERENCE, JOBCENTER));
    }

    @Test
    void whoever_registered_may_cancel_the_registration() {
        fixture.given(DRAFTED, PUBLISHED, causedBy(SPONSOR.subject(),
                        new AttendeeRegistered(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland")))
                .when(new CancelRegistration(CONFERENCE, BILDUNGSWERK), Senders.sentBy(SPONSOR))
                .expectEvents(new RegistrationCancelled(CONFERENCE, BILDUNGSWERK));
    }

    @Test
    void someone_else_may_not_cancel_a_registration() {
        fixture.given(DRAFTED, PUBLISHED, causedBy("office",
                        new AttendeeRegistered(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland")))
                .when(new CancelRegistration(CONFERENCE, BILDUNGSWERK), Senders.sentBy(SPONSOR))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectExceptionMessage("only who registered, or the network office, may cancel registration "
                        + "r-bildungswerk")
                .expectNoEvents();
    }

    @Test
    void cancelling_an_unknown_or_cancelled_registration_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter"),
                        new RegistrationCancelled(CONFERENCE, JOBCENTER))
                .when(new CancelRegistration(CONFERENCE, JOBCENTER))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectExceptionMessage("no active registration r-jobcenter for this network event")
                .expectNoEvents();
    }

    @Test
    void cancelling_a_registration_of_a_cancelled_event_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED, registered(JOBCENTER, "Jobcenter"), CANCELLED)
                .when(new CancelRegistration(CONFERENCE, JOBCENTER))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void an_office_of_another_network_does_not_manage_the_event() {
        fixture.given(DRAFTED)
                .when(new PublishNetworkEvent(CONFERENCE, null), Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void an_office_drafts_events_in_its_own_network() {
        fixture.givenNoPriorActivity()
                .when(new DraftNetworkEvent(CONFERENCE, TWO_PLACES, DECEMBER_3), Senders.sentBy(Senders.OFFICE_NRW))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.equalTo(new NetworkEventDrafted(CONFERENCE,
                                        TWO_PLACES, DECEMBER_3, new NetworkId("nordrhein-westfalen"))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void only_the_network_office_manages_events() {
        for (var sender : new Actor[]{Senders.coordinatorOf("15089"), SPONSOR, Senders.AUDITOR}) {
            var withSenders = new AggregateTestFixture<>(NetworkEvent.class);
            withSenders.registerInjectableResource((Networks) Networks::known);
            withSenders.registerCommandHandlerInterceptor(new de.regionet.command.access.CommandSenders());
            withSenders.registerInjectableResource(new InMemoryVault());
            withSenders.registerInjectableResource(new RegistrationRetention("P6M", "P30D"));
            withSenders.given(DRAFTED)
                    .andGivenCurrentTime(NOW)
                    .when(new PublishNetworkEvent(CONFERENCE, null), Senders.sentBy(sender))
                    .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                    .expectNoEvents();
        }
    }

    private static Object registered(RegistrationId id, String organisation) {
        return causedBy("office", new AttendeeRegistered(CONFERENCE, id, organisation));
    }
}
