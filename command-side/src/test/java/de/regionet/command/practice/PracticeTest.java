package de.regionet.command.practice;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Grant;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.cooperation.CooperationBodyId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.practice.PracticeCommand.DescribePractice;
import de.regionet.kernel.practice.PracticeCommand.RevisePractice;
import de.regionet.kernel.practice.PracticeCommand.WithdrawPractice;
import de.regionet.kernel.practice.PracticeContent;
import de.regionet.kernel.practice.PracticeEvent.PracticeDescribed;
import de.regionet.kernel.practice.PracticeEvent.PracticeRevised;
import de.regionet.kernel.practice.PracticeEvent.PracticeWithdrawn;
import de.regionet.kernel.practice.PracticeId;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;

/**
 * An example of good practice: described by the network office or a region's coordination in its network, revised
 * and withdrawn by whoever may act for it; an office of another network may do none of it.
 */
class PracticeTest {

    private static final PracticeId PRACTICE = new PracticeId("practice-1");
    private static final NetworkId HESSEN = new NetworkId("hessen");
    private static final RegionKey GROSS_GERAU = new RegionKey("06433");
    private static final LocalDate DESCRIBED_ON = LocalDate.of(2026, 3, 2);
    private static final PracticeContent ARBEITSMARKTBUERO = new PracticeContent("Gemeinsames Arbeitsmarktbüro",
            "Agentur, Jobcenter und Kreis beraten Geflüchtete **unter einem Dach**.", GROSS_GERAU,
            new CooperationBodyId("amb-gross-gerau"), null, List.of("Geflüchtete", "Kooperation", "geflüchtete"),
            "Kreis Groß-Gerau");
    private static final PracticeContent OF_THE_WHOLE_NETWORK = new PracticeContent("Landesweite Kooperation",
            "Drei Partner, eine Vereinbarung.", null, null, null, List.of(), "Hessischer Landkreistag");
    private static final PracticeDescribed DESCRIBED = new PracticeDescribed(PRACTICE, HESSEN, ARBEITSMARKTBUERO,
            Audience.NATION_WIDE, DESCRIBED_ON);

    private static final Actor OFFICE_HESSEN = new Actor("office-hessen",
            List.of(Grant.in(Networks.known().get(2), Role.NETWORK_OFFICE, Set.of())), null);
    private static final Actor COORDINATOR_GROSS_GERAU = new Actor("coordinator-gross-gerau",
            List.of(Grant.in(Networks.known().get(2), Role.REGIONAL_COORDINATOR, Set.of(GROSS_GERAU))), null);

    private FixtureConfiguration<Practice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Practice.class);
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(COORDINATOR_GROSS_GERAU));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @Test
    void the_regions_coordination_describes_an_example_in_its_regions_network() {
        fixture.givenNoPriorActivity()
                .when(new DescribePractice(PRACTICE, ARBEITSMARKTBUERO, Audience.NATION_WIDE, null, DESCRIBED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(GenericEventMessage.asEventMessage(DESCRIBED).andMetaData(Map.of(
                        EventMetaData.REGION_KEY, "06433", EventMetaData.AUDIENCE, "NATION_WIDE")));
    }

    @Test
    void topics_are_kept_once_ignoring_case() {
        org.assertj.core.api.Assertions.assertThat(ARBEITSMARKTBUERO.topics())
                .containsExactly("Geflüchtete", "Kooperation");
    }

    @Test
    void the_network_office_describes_an_example_of_the_whole_network() {
        fixture.givenNoPriorActivity()
                .when(new DescribePractice(PRACTICE, OF_THE_WHOLE_NETWORK, Audience.PUBLIC, null, DESCRIBED_ON),
                        Senders.sentBy(OFFICE_HESSEN))
                .expectEvents(GenericEventMessage.asEventMessage(new PracticeDescribed(PRACTICE, HESSEN,
                        OF_THE_WHOLE_NETWORK, Audience.PUBLIC, DESCRIBED_ON)).andMetaData(Map.of(
                        EventMetaData.AUDIENCE, EventMetaData.PUBLIC)));
    }

    @Test
    void an_office_of_another_network_may_not_describe_an_example_of_its_region() {
        fixture.givenNoPriorActivity()
                .when(new DescribePractice(PRACTICE, ARBEITSMARKTBUERO, Audience.PUBLIC, null, DESCRIBED_ON),
                        Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_coordinator_may_not_describe_an_example_of_the_whole_network() {
        fixture.givenNoPriorActivity()
                .when(new DescribePractice(PRACTICE, OF_THE_WHOLE_NETWORK, Audience.PUBLIC, HESSEN, DESCRIBED_ON))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_region_of_another_network_than_the_one_named_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DescribePractice(PRACTICE, ARBEITSMARKTBUERO, Audience.PUBLIC, NetworkId.SACHSEN_ANHALT,
                        DESCRIBED_ON))
                .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                .expectNoEvents();
    }

    @Test
    void an_example_for_its_region_only_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DescribePractice(PRACTICE, ARBEITSMARKTBUERO, Audience.REGION, null, DESCRIBED_ON))
                .expectException(rejected(Rejection.Kind.INVALID, "audience"))
                .expectNoEvents();
    }

    @Test
    void a_revision_replaces_what_it_says_and_whom_it_is_shared_with() {
        var revised = new PracticeContent("Arbeitsmarktbüro Groß-Gerau", "Seit 2016 unter einem Dach.",
                GROSS_GERAU, null, null, List.of("Geflüchtete"), "Kreis Groß-Gerau");
        fixture.given(DESCRIBED)
                .when(new RevisePractice(PRACTICE, revised, Audience.PUBLIC, LocalDate.of(2026, 4, 1), 0L))
                .expectResultMessagePayload(1L)
                .expectEvents(GenericEventMessage.asEventMessage(new PracticeRevised(PRACTICE, revised,
                        Audience.PUBLIC, LocalDate.of(2026, 4, 1))).andMetaData(Map.of(
                        EventMetaData.REGION_KEY, "06433", EventMetaData.AUDIENCE, EventMetaData.PUBLIC)));
    }

    @Test
    void a_revision_that_changes_nothing_records_nothing() {
        fixture.given(DESCRIBED)
                .when(new RevisePractice(PRACTICE, ARBEITSMARKTBUERO, Audience.NATION_WIDE, DESCRIBED_ON, 0L))
                .expectResultMessagePayload(0L)
                .expectNoEvents();
    }

    @Test
    void an_example_stays_in_its_network() {
        var elsewhere = new PracticeContent("Umgezogen", "x", new RegionKey("15089"), null, null, List.of(), null);
        fixture.given(DESCRIBED)
                .when(new RevisePractice(PRACTICE, elsewhere, Audience.PUBLIC, DESCRIBED_ON, null),
                        Senders.sentBy(Senders.OFFICE))
                .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                .expectNoEvents();
    }

    @Test
    void an_office_of_another_network_may_not_revise_or_withdraw_it() {
        fixture.given(DESCRIBED)
                .when(new WithdrawPractice(PRACTICE, "fremd", DESCRIBED_ON, null), Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_stale_revision_is_refused() {
        fixture.given(DESCRIBED, new PracticeRevised(PRACTICE, ARBEITSMARKTBUERO, Audience.PUBLIC, DESCRIBED_ON))
                .when(new RevisePractice(PRACTICE, ARBEITSMARKTBUERO, Audience.NETWORK, DESCRIBED_ON, 0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
    }

    @Test
    void the_networks_office_withdraws_it_and_the_withdrawal_reaches_its_audience() {
        fixture.given(DESCRIBED)
                .when(new WithdrawPractice(PRACTICE, "Büro geschlossen", LocalDate.of(2026, 5, 4), 0L),
                        Senders.sentBy(OFFICE_HESSEN))
                .expectResultMessagePayload(1L)
                .expectEvents(GenericEventMessage.asEventMessage(new PracticeWithdrawn(PRACTICE, "Büro geschlossen",
                        LocalDate.of(2026, 5, 4))).andMetaData(Map.of(EventMetaData.REGION_KEY, "06433",
                        EventMetaData.AUDIENCE, "NATION_WIDE")));
    }

    @Test
    void a_withdrawn_example_is_neither_revised_nor_withdrawn_again() {
        var withdrawn = new PracticeWithdrawn(PRACTICE, null, DESCRIBED_ON);
        fixture.given(DESCRIBED, withdrawn)
                .when(new WithdrawPractice(PRACTICE, null, DESCRIBED_ON, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
        fixture.given(DESCRIBED, withdrawn)
                .when(new RevisePractice(PRACTICE, ARBEITSMARKTBUERO, Audience.PUBLIC, DESCRIBED_ON, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }
}
