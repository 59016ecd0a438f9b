package de.regionet.command.project;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.agreement.DocumentHash;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Attachment;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectCommand.CompleteProject;
import de.regionet.kernel.project.ProjectCommand.RecordResult;
import de.regionet.kernel.project.ProjectEvent.ProjectCompleted;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;

class ProjectTest {

    private static final ProjectId PROJECT = new ProjectId("project-1");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final LocalDate LAUNCHED_ON = LocalDate.of(2023, 1, 2);
    private static final ProjectLaunched LAUNCHED = new ProjectLaunched(PROJECT, new CallId("call-1"),
            new ProposalId("p-1"), new ResolutionId("r-1"), SALZLANDKREIS, new ProgrammeId("regio-aktiv"),
            new FundingArea("A"), "Bildungswerk Salzland", "Berufsorientierung", "Praxistage", Euro.of("240000"), 36,
            IndicatorValues.NONE, LAUNCHED_ON);
    private static final Period YEAR_2023 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    private static final ResultId FIRST = new ResultId("result-1");
    private static final ResultId CORRECTION = new ResultId("result-2");
    private static final LocalDate JANUARY_2024 = LocalDate.of(2024, 1, 15);
    private static final IndicatorValues FORTY_FIVE = values(45);
    private static final List<Attachment> REPORT = List.of(new Attachment("Sachbericht 2023",
            "https://dms.example/2023.pdf",
            new DocumentHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
    private static final ResultRecorded RECORDED = new ResultRecorded(PROJECT, FIRST, YEAR_2023, FORTY_FIVE,
            "Praxistage wirken.", REPORT, Audience.NETWORK, null, JANUARY_2024);
    private static final ProjectCompleted COMPLETED = new ProjectCompleted(PROJECT, LocalDate.of(2025, 12, 31),
            "Abschlussbericht", List.of());

    private FixtureConfiguration<Project> fixture;

    private static IndicatorValues values(int participants) {
        return new IndicatorValues(Map.of("PARTICIPANTS", BigDecimal.valueOf(participants)));
    }

    private static RecordResult record(ResultId id, IndicatorValues values, ResultId corrects) {
        return new RecordResult(PROJECT, id, YEAR_2023, values, "Praxistage wirken.", REPORT, Audience.NETWORK,
                corrects, JANUARY_2024, null);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(IndicatorCatalogue.esfPlus());
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.SPONSOR));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @Test
    void the_sponsor_records_results_shared_with_their_audience() {
        fixture.given(LAUNCHED)
                .when(record(FIRST, FORTY_FIVE, null))
                .expectResultMessagePayload(1L)
                .expectEvents(GenericEventMessage.asEventMessage(RECORDED).andMetaData(Map.of(
                        EventMetaData.REGION_KEY, "15089", EventMetaData.AUDIENCE, "NETWORK")));
    }

    @Test
    void the_regions_coordination_records_results_on_the_sponsors_behalf() {
        fixture.given(LAUNCHED)
                .when(record(FIRST, FORTY_FIVE, null), Senders.sentBy(Senders.coordinatorOf("15089")))
                .expectEvents(RECORDED);
    }

    @Test
    void another_sponsor_may_not_record_results() {
        var other = new Actor("vhs", Set.of(Role.PROJECT_SPONSOR), Set.of(), "Volkshochschule Salzland");
        fixture.given(LAUNCHED)
                .when(record(FIRST, FORTY_FIVE, null), Senders.sentBy(other))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_coordinator_of_another_region_may_not_record_results() {
        fixture.given(LAUNCHED)
                .when(record(FIRST, FORTY_FIVE, null), Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_correction_replaces_an_earlier_result() {
        fixture.given(LAUNCHED, RECORDED)
                .when(record(CORRECTION, values(47), FIRST))
                .expectEvents(new ResultRecorded(PROJECT, CORRECTION, YEAR_2023, values(47), "Praxistage wirken.",
                        REPORT, Audience.NETWORK, FIRST, JANUARY_2024));
    }

    @Test
    void a_correction_of_a_missing_result_is_rejected() {
        fixture.given(LAUNCHED, RECORDED)
                .when(record(CORRECTION, values(47), new ResultId("never-recorded")))
                .expectException(rejected(Rejection.Kind.INVALID, "corrects"))
                .expectNoEvents();
    }

    @Test
    void a_result_corrected_already_is_corrected_through_its_correction() {
        fixture.given(LAUNCHED, RECORDED, new ResultRecorded(PROJECT, CORRECTION, YEAR_2023, values(47), "x",
                        List.of(), Audience.NETWORK, FIRST, JANUARY_2024))
                .when(record(new ResultId("result-3"), values(48), FIRST))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_result_id_used_twice_is_rejected() {
        fixture.given(LAUNCHED, RECORDED)
                .when(record(FIRST, FORTY_FIVE, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_result_for_a_period_that_has_not_begun_is_rejected() {
        fixture.given(LAUNCHED)
                .when(new RecordResult(PROJECT, FIRST, new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 31)),
                        FORTY_FIVE, "Vorab", List.of(), Audience.REGION, null, JANUARY_2024, null))
                .expectException(rejected(Rejection.Kind.INVALID, "periodFrom"))
                .expectNoEvents();
    }

    @Test
    void a_result_in_an_unknown_indicator_is_rejected() {
        fixture.given(LAUNCHED)
                .when(record(FIRST, new IndicatorValues(Map.of("HAPPINESS", BigDecimal.TEN)), null))
                .expectException(rejected(Rejection.Kind.INVALID, "indicators"))
                .expectNoEvents();
    }

    @Test
    void a_count_with_decimals_is_rejected() {
        fixture.given(LAUNCHED)
                .when(record(FIRST, new IndicatorValues(Map.of("PARTICIPANTS", new BigDecimal("4.5"))), null))
                .expectException(rejected(Rejection.Kind.INVALID, "indicators"))
                .expectNoEvents();
    }

    @Test
    void a_result_for_a_completed_project_is_rejected() {
        fixture.given(LAUNCHED, RECORDED, COMPLETED)
                .when(record(CORRECTION, values(47), FIRST))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("the project was completed on 2025-12-31 and records no more results")
                .expectNoEvents();
    }

    @Test
    void the_sponsor_completes_the_project_with_its_final_report() {
        fixture.given(LAUNCHED, RECORDED)
                .when(new CompleteProject(PROJECT, LocalDate.of(2025, 12, 31), "Abschlussbericht", List.of(), 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(COMPLETED);
    }

    @Test
    void completing_twice_is_rejected() {
        fixture.given(LAUNCHED, COMPLETED)
                .when(new CompleteProject(PROJECT, LocalDate.of(2026, 1, 5), "Noch einmal", List.of(), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void completing_before_the_launch_is_rejected() {
        fixture.given(LAUNCHED)
                .when(new CompleteProject(PROJECT, LAUNCHED_ON.minusDays(1), "Zu früh", List.of(), null))
                .expectException(rejected(Rejection.Kind.INVALID, "completedOn"))
                .expectNoEvents();
    }

    @Test
    void a_result_based_on_a_stale_version_is_rejected() {
        fixture.given(LAUNCHED, RECORDED)
                .when(new RecordResult(PROJECT, CORRECTION, YEAR_2023, values(47), "x", List.of(), Audience.PUBLIC,
                        FIRST, JANUARY_2024, 0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
    }
}
