package de.regionet.command.project;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectCommand.ShareResult;
import de.regionet.kernel.project.ProjectEvent.ProjectCompleted;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectEvent.ResultShared;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;

/** A result recorded once is shared wider later, by the region's coordination or its network's office. */
class ResultSharingTest {

    private static final ProjectId PROJECT = new ProjectId("project-1");
    private static final ProjectLaunched LAUNCHED = new ProjectLaunched(PROJECT, new CallId("call-1"),
            new ProposalId("p-1"), new ResolutionId("r-1"), new RegionKey("15089"), new ProgrammeId("regio-aktiv"),
            new FundingArea("A"), "Bildungswerk Salzland", "Berufsorientierung", "Praxistage", Euro.of("240000"), 36,
            IndicatorValues.NONE, LocalDate.of(2023, 1, 2));
    private static final Period YEAR_2023 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    private static final ResultId FIRST = new ResultId("result-1");
    private static final ResultId CORRECTION = new ResultId("result-2");
    private static final LocalDate JANUARY_2024 = LocalDate.of(2024, 1, 15);
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    private static final ResultRecorded FOR_THE_NETWORK = new ResultRecorded(PROJECT, FIRST, YEAR_2023,
            IndicatorValues.NONE, "Praxistage wirken.", List.of(), Audience.NETWORK, null, JANUARY_2024);

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(IndicatorCatalogue.esfPlus());
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.coordinatorOf("15089")));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @Test
    void the_regions_coordination_shares_a_network_result_nation_wide() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK)
                .when(new ShareResult(PROJECT, FIRST, Audience.NATION_WIDE, MARCH_2024, 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(GenericEventMessage.asEventMessage(new ResultShared(PROJECT, FIRST,
                        Audience.NATION_WIDE, MARCH_2024)).andMetaData(Map.of(EventMetaData.REGION_KEY, "15089",
                        EventMetaData.AUDIENCE, "NATION_WIDE")));
    }

    @Test
    void the_office_of_the_projects_network_shares_a_result_with_the_public_after_the_project_ended() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK, new ProjectCompleted(PROJECT, LocalDate.of(2024, 2, 1), "Ende",
                        List.of()))
                .when(new ShareResult(PROJECT, FIRST, Audience.PUBLIC, MARCH_2024, null),
                        Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                .expectEvents(new ResultShared(PROJECT, FIRST, Audience.PUBLIC, MARCH_2024));
    }

    @Test
    void the_office_of_another_network_may_not_share_it() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK)
                .when(new ShareResult(PROJECT, FIRST, Audience.NATION_WIDE, MARCH_2024, null),
                        Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void the_sponsor_alone_may_not_share_it_wider() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK)
                .when(new ShareResult(PROJECT, FIRST, Audience.NATION_WIDE, MARCH_2024, null),
                        Senders.sentBy(Senders.SPONSOR))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void narrowing_is_refused_naming_the_correction_instead() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK)
                .when(new ShareResult(PROJECT, FIRST, Audience.REGION, MARCH_2024, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("result result-1 is shared with NETWORK already; sharing only widens its "
                        + "audience (REGION < NETWORK < NATION_WIDE < PUBLIC): to narrow it, record a correction "
                        + "with the narrower audience")
                .expectNoEvents();
    }

    @Test
    void sharing_with_the_same_audience_again_is_refused() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK, new ResultShared(PROJECT, FIRST, Audience.NATION_WIDE,
                        MARCH_2024))
                .when(new ShareResult(PROJECT, FIRST, Audience.NATION_WIDE, MARCH_2024, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_corrected_result_is_shared_through_its_correction() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK, new ResultRecorded(PROJECT, CORRECTION, YEAR_2023,
                        IndicatorValues.NONE, "berichtigt", List.of(), Audience.NETWORK, FIRST, JANUARY_2024))
                .when(new ShareResult(PROJECT, FIRST, Audience.PUBLIC, MARCH_2024, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("result result-1 was corrected by result-2; share that one instead")
                .expectNoEvents();
    }

    @Test
    void an_unknown_result_is_not_found() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK)
                .when(new ShareResult(PROJECT, new ResultId("never"), Audience.PUBLIC, MARCH_2024, null))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void a_stale_version_is_refused() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK)
                .when(new ShareResult(PROJECT, FIRST, Audience.PUBLIC, MARCH_2024, 0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
    }

    @Test
    void sharing_before_the_launch_is_refused() {
        fixture.given(LAUNCHED, FOR_THE_NETWORK)
                .when(new ShareResult(PROJECT, FIRST, Audience.PUBLIC, LocalDate.of(2022, 12, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "sharedOn"))
                .expectNoEvents();
    }
}
