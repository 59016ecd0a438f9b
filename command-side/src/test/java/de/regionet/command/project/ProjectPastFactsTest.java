package de.regionet.command.project;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.command.programme.Programmes;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeEvent;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectCommand.CompleteProject;
import de.regionet.kernel.project.ProjectCommand.RecordProjectSelectedBeforeRegioNet;
import de.regionet.kernel.project.ProjectCommand.RecordResult;
import de.regionet.kernel.project.ProjectEvent.ProjectCompleted;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectEvent.SelectedBeforeRegioNet;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;

/**
 * A project the Salzlandkreis working group selected in 2022, before RegioNet recorded its decisions, recorded
 * today with the body and day that selected it; judged by the programme as it was on that day, and then reporting
 * results for past periods like any project.
 */
class ProjectPastFactsTest {

    private static final ProjectId PROJECT = new ProjectId("project-2022");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final ProgrammeId REGIO_AKTIV = new ProgrammeId("regio-aktiv");
    private static final FundingArea A = new FundingArea("A");
    private static final FundingArea L = new FundingArea("L");
    private static final LocalDate SELECTED_ON = LocalDate.of(2022, 9, 14);
    private static final LocalDate LAUNCHED_ON = LocalDate.of(2022, 10, 1);
    private static final IndicatorValues PLANNED = new IndicatorValues(Map.of("PARTICIPANTS",
            BigDecimal.valueOf(120)));
    private static final ProjectLaunched LAUNCHED = new ProjectLaunched(PROJECT, null, null, null, SALZLANDKREIS,
            REGIO_AKTIV, A, "Bildungswerk Salzland", "Berufsorientierung", "Praxistage", Euro.of("240000"), 36,
            PLANNED, LAUNCHED_ON, new SelectedBeforeRegioNet("RAK Salzlandkreis", SELECTED_ON));

    private final List<ProgrammeEvent> programme = List.of(
            new ProgrammeLaunched(REGIO_AKTIV, "REGIO AKTIV", new Period(LocalDate.of(2021, 1, 1),
                    LocalDate.of(2027, 12, 31)), Euro.of("140000000"),
                    List.of(new AreaDefinition(A, "Aktive Eingliederung", LocalDate.of(2022, 6, 21)))),
            new ProgrammeAmended(REGIO_AKTIV, 1, LocalDate.of(2025, 1, 1),
                    List.of(new AreaDefinition(L, "Fachkräftesicherung", LocalDate.of(2025, 1, 1))), List.of(),
                    List.of()));
    private final Programmes programmes = id -> id.equals(REGIO_AKTIV) ? Optional.of(ProgrammeAreas.of(programme))
            : Optional.empty();
    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(programmes);
        fixture.registerInjectableResource(IndicatorCatalogue.esfPlus());
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.coordinatorOf("15089")));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    private static RecordProjectSelectedBeforeRegioNet selectedBefore(FundingArea area, LocalDate selectedOn,
                                                                      LocalDate launchedOn) {
        return new RecordProjectSelectedBeforeRegioNet(PROJECT, SALZLANDKREIS, REGIO_AKTIV, area,
                "Bildungswerk Salzland", "Berufsorientierung", "Praxistage", Euro.of("240000"), 36, PLANNED,
                "RAK Salzlandkreis", selectedOn, launchedOn);
    }

    @Test
    void a_project_selected_in_2022_is_launched_without_call_naming_who_selected_it() {
        fixture.givenNoPriorActivity()
                .when(selectedBefore(A, SELECTED_ON, LAUNCHED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(GenericEventMessage.asEventMessage(LAUNCHED)
                        .andMetaData(Map.of(EventMetaData.REGION_KEY, "15089")));
    }

    @Test
    void a_project_in_an_area_the_programme_did_not_have_on_its_selection_day_is_refused() {
        fixture.givenNoPriorActivity()
                .when(selectedBefore(L, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 1)))
                .expectException(rejected(Rejection.Kind.INVALID, "fundingArea"))
                .expectExceptionMessage("the programme had no funding area L on 2023-05-01, when the project was "
                        + "selected")
                .expectNoEvents();
    }

    @Test
    void a_project_in_that_area_selected_after_the_amendment_is_accepted() {
        fixture.givenNoPriorActivity()
                .when(selectedBefore(L, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_project_cannot_be_launched_before_it_was_selected() {
        fixture.givenNoPriorActivity()
                .when(selectedBefore(A, SELECTED_ON, SELECTED_ON.minusDays(1)))
                .expectException(rejected(Rejection.Kind.INVALID, "launchedOn"))
                .expectNoEvents();
    }

    @Test
    void a_project_of_an_unknown_programme_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordProjectSelectedBeforeRegioNet(PROJECT, SALZLANDKREIS, new ProgrammeId("unknown"), A,
                        "Bildungswerk Salzland", "Berufsorientierung", "Praxistage", Euro.of("240000"), 36, PLANNED,
                        "RAK Salzlandkreis", SELECTED_ON, LAUNCHED_ON))
                .expectException(rejected(Rejection.Kind.INVALID, "programmeId"))
                .expectNoEvents();
    }

    @Test
    void a_coordinator_of_another_region_cannot_record_it() {
        fixture.givenNoPriorActivity()
                .when(selectedBefore(A, SELECTED_ON, LAUNCHED_ON), Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_sponsor_cannot_record_a_project_as_selected() {
        fixture.givenNoPriorActivity()
                .when(selectedBefore(A, SELECTED_ON, LAUNCHED_ON), Senders.sentBy(Senders.SPONSOR))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void it_reports_results_for_2023_like_any_project() {
        var year2023 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        var result = new ResultId("result-2023");
        fixture.given(LAUNCHED)
                .when(new RecordResult(PROJECT, result, year2023, PLANNED, "Praxistage wirken.", List.of(),
                        Audience.PUBLIC, null, LocalDate.of(2024, 1, 15), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ResultRecorded(PROJECT, result, year2023, PLANNED, "Praxistage wirken.", List.of(),
                        Audience.PUBLIC, null, LocalDate.of(2024, 1, 15)));
    }

    @Test
    void a_result_reported_before_the_launch_is_refused() {
        var period = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30));
        fixture.given(LAUNCHED)
                .when(new RecordResult(PROJECT, new ResultId("early"), period, PLANNED, "Zu früh.", List.of(),
                        Audience.NETWORK, null, LocalDate.of(2022, 7, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "recordedOn"))
                .expectNoEvents();
    }

    @Test
    void it_is_completed_on_a_past_day_but_not_before_its_launch() {
        fixture.given(LAUNCHED)
                .when(new CompleteProject(PROJECT, LocalDate.of(2025, 9, 30), "Abschlussbericht", List.of(), null))
                .expectEvents(new ProjectCompleted(PROJECT, LocalDate.of(2025, 9, 30), "Abschlussbericht",
                        List.of()));
        fixture.given(LAUNCHED)
                .when(new CompleteProject(PROJECT, LocalDate.of(2022, 9, 30), "Abschlussbericht", List.of(), null))
                .expectException(rejected(Rejection.Kind.INVALID, "completedOn"));
    }
}
