package de.regionet.command.networkevent;

import de.regionet.command.access.Senders;
import de.regionet.command.personal.InMemoryVault;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.networkevent.EventDetails;
import de.regionet.kernel.networkevent.NetworkEventCommand.DraftNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.PublishNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.RegisterForNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.RescheduleNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventDrafted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventPublished;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.RegistrationId;
import de.regionet.kernel.networkevent.Schedule;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static de.regionet.command.access.Rejections.aboutField;
import static de.regionet.command.access.Rejections.internally;
import static de.regionet.command.access.Rejections.publicly;
import static de.regionet.command.access.Rejections.rejectedAs;
import static org.hamcrest.Matchers.allOf;

/**
 * The regional conference held in November 2023, recorded in 2026: it is drafted and published with its schedule,
 * so the network's history shows it; nobody can register for it, and nothing is rescheduled into the past.
 */
class NetworkEventPastFactsTest {

    private static final NetworkEventId CONFERENCE = new NetworkEventId("konferenz-2023");
    private static final Instant RECORDED = Instant.parse("2026-02-01T09:00:00Z");
    private static final Schedule NOVEMBER_2023 = new Schedule(LocalDateTime.of(2023, 11, 8, 10, 0),
            LocalDateTime.of(2023, 11, 8, 16, 0));
    private static final EventDetails DETAILS = new EventDetails("Regionalkonferenz 2023", "Fachkräfte sichern",
            "Magdeburg", null, 80, List.of(new RegionKey("15089")));

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
    void a_conference_held_in_2023_is_drafted_and_published_with_its_schedule() {
        fixture.givenCurrentTime(RECORDED)
                .when(new DraftNetworkEvent(CONFERENCE, DETAILS, NOVEMBER_2023))
                .expectEvents(internally(new NetworkEventDrafted(CONFERENCE, DETAILS, NOVEMBER_2023)));
        fixture.given(new NetworkEventDrafted(CONFERENCE, DETAILS, NOVEMBER_2023))
                .andGivenCurrentTime(RECORDED)
                .when(new PublishNetworkEvent(CONFERENCE, null))
                .expectEvents(publicly(new NetworkEventPublished(CONFERENCE, DETAILS, NOVEMBER_2023)));
    }

    @Test
    void nobody_registers_for_a_conference_that_was_held() {
        fixture.given(new NetworkEventDrafted(CONFERENCE, DETAILS, NOVEMBER_2023),
                        new NetworkEventPublished(CONFERENCE, DETAILS, NOVEMBER_2023))
                .andGivenCurrentTime(RECORDED)
                .when(new RegisterForNetworkEvent(CONFERENCE, new RegistrationId("r-1"), "Bildungswerk Salzland"),
                        Senders.sentBy(Senders.SPONSOR))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_planned_event_is_not_rescheduled_into_the_past() {
        var planned = new Schedule(LocalDateTime.of(2026, 5, 6, 10, 0), LocalDateTime.of(2026, 5, 6, 16, 0));
        fixture.given(new NetworkEventDrafted(CONFERENCE, DETAILS, planned))
                .andGivenCurrentTime(RECORDED)
                .when(new RescheduleNetworkEvent(CONFERENCE, NOVEMBER_2023, null))
                .expectException(allOf(rejectedAs(Rejection.Kind.INVALID), aboutField("start")))
                .expectNoEvents();
    }
}
