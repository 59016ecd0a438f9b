package de.regionet.command.call;

import de.regionet.command.call.Call.SubmissionDeadline;
import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.command.programme.Programmes;
import de.regionet.command.project.Project;
import de.regionet.command.workinggroup.Decisions;
import de.regionet.command.workinggroup.Decisions.Resolved;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.call.Award;
import de.regionet.kernel.call.CallCommand.OpenCall;
import de.regionet.kernel.call.CallCommand.SelectProposals;
import de.regionet.kernel.call.CallCommand.SubmitProposal;
import de.regionet.kernel.call.CallEvent.CallClosed;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.ProposalsSelected;
import de.regionet.kernel.call.CallEvent.Selected;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.NotSelected;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeEvent;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.ResolutionEffect;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The competition procedure of the Salzlandkreis: a call in area A of REGIO AKTIV, proposals until the deadline,
 * the selection the working group resolved.
 */
class CallTest {

    private static final CallId CALL = new CallId("call-1");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final WorkingGroupId RAK = new WorkingGroupId("rak-salzlandkreis");
    private static final ProgrammeId REGIO_AKTIV = new ProgrammeId("regio-aktiv");
    private static final FundingArea A = new FundingArea("A");
    private static final FundingArea L = new FundingArea("L");
    private static final Instant NOW = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-31T10:00:00Z");
    private static final LocalDate FEBRUARY_1 = LocalDate.of(2026, 2, 1);
    private static final Euro BUDGET = Euro.of("500000");
    private static final ProposalId FIRST = new ProposalId("p-1");
    private static final ProposalId SECOND = new ProposalId("p-2");
    private static final ResolutionId SELECTION = new ResolutionId("r-selection");
    private static final ProgrammeLaunched PROGRAMME = new ProgrammeLaunched(REGIO_AKTIV, "REGIO AKTIV",
            new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31)), Euro.of("140000000"),
            List.of(new AreaDefinition(A, "Aktive Eingliederung", LocalDate.of(2022, 6, 21))));
    private static final IndicatorValues PLANNED = new IndicatorValues(Map.of("PARTICIPANTS", BigDecimal.valueOf(120)));

    private static final CallOpened OPENED = new CallOpened(CALL, SALZLANDKREIS, RAK, REGIO_AKTIV, A,
            "Übergang Schule–Beruf", BUDGET, DEADLINE, List.of("Regionaler Bedarf"), FEBRUARY_1);
    private static final ProposalSubmitted BILDUNGSWERK = new ProposalSubmitted(CALL, FIRST, "Bildungswerk Salzland",
            "Berufsorientierung", "Praxistage", Euro.of("250000"), 36, PLANNED, NOW);
    private static final ProposalSubmitted VOLKSHOCHSCHULE = new ProposalSubmitted(CALL, SECOND,
            "Volkshochschule Salzland", "Grundbildung", "Kurse", Euro.of("300000"), 36, IndicatorValues.NONE, NOW);
    private static final CallClosed CLOSED = new CallClosed(CALL, DEADLINE);
    /** Selects the Bildungswerk's proposal, 200,000 €, and decides no other. */
    private static final SelectProposals SELECT_FIRST = new SelectProposals(CALL, SELECTION,
            List.of(new Award(FIRST, Euro.of("200000"))), List.of(), null);

    private final List<ProgrammeEvent> programme = new ArrayList<>(List.of(PROGRAMME));
    private final Map<ResolutionId, Resolved> resolutions = new HashMap<>();
    private final Programmes programmes = id -> id.equals(REGIO_AKTIV) ? Optional.of(ProgrammeAreas.of(programme))
            : Optional.empty();
    private final Decisions decisions = new Decisions() {
        @Override
        public Optional<WorkingGroupId> workingGroupOf(RegionKey region) {
            return region.equals(SALZLANDKREIS) ? Optional.of(RAK) : Optional.empty();
        }

        @Override
        public Optional<Resolved> resolution(WorkingGroupId workingGroup, ResolutionId resolution) {
            return workingGroup.equals(RAK) ? Optional.ofNullable(resolutions.get(resolution)) : Optional.empty();
        }
    };
    /** Where the projects a selection launches are stored; the fixture only records the call's own stream. */
    private final EmbeddedEventStore projectStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private FixtureConfiguration<Call> fixture;

    @BeforeEach
    void setUp() {
        var projects = EventSourcingRepository.builder(Project.class).eventStore(projectStore).build();
        fixture = new AggregateTestFixture<>(Call.class).registerRepositoryProvider(new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Repository<T> repositoryFor(Class<T> aggregateType) {
                return aggregateType == Project.class ? (Repository<T>) projects : null;
            }
        });
        fixture.registerInjectableResource(programmes);
        fixture.registerInjectableResource(decisions);
        fixture.registerInjectableResource(IndicatorCatalogue.esfPlus());
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.coordinatorOf("15089")));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @AfterEach
    void tearDown() {
        projectStore.shutDown();
    }

    private static OpenCall open(FundingArea area, Instant deadline) {
        return new OpenCall(CALL, SALZLANDKREIS, REGIO_AKTIV, area, "Übergang Schule–Beruf", BUDGET, deadline,
                List.of("Regionaler Bedarf"));
    }

    private static SubmitProposal propose(ProposalId id, String sponsor) {
        return new SubmitProposal(CALL, id, sponsor, "Berufsorientierung", "Praxistage", Euro.of("250000"), 36,
                PLANNED, null);
    }

    private void resolved(ResolutionId id, Subject subject, Outcome outcome, String... takingPart) {
        resolutions.put(id, new Resolved(id, LocalDate.of(2026, 4, 15), subject, outcome, List.of(takingPart)));
    }

    private static Subject thisCall() {
        return new Subject(Subject.Type.CALL, CALL.value(), List.of());
    }

    // ---- opening

    @Test
    void the_coordination_opens_a_call_that_closes_at_its_deadline() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(open(A, DEADLINE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED)
                .expectScheduledDeadline(DEADLINE, new SubmissionDeadline(DEADLINE));
    }

    @Test
    void a_coordinator_of_another_region_may_not_open_a_call_here() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(open(A, DEADLINE), Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_call_in_an_area_the_programme_does_not_have_is_rejected() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(open(new FundingArea("Z"), DEADLINE))
                .expectException(rejected(Rejection.Kind.INVALID, "fundingArea"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_call_in_an_area_the_programme_has_only_from_a_later_day_is_rejected() {
        programme.add(new ProgrammeAmended(REGIO_AKTIV, 1, LocalDate.of(2026, 4, 1),
                List.of(new AreaDefinition(L, "Fachkräftesicherung", LocalDate.of(2026, 4, 1))), List.of(),
                List.of()));
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(open(L, DEADLINE))
                .expectException(rejected(Rejection.Kind.INVALID, "fundingArea"))
                .expectNoEvents();
    }

    @Test
    void a_call_of_an_unknown_programme_is_rejected() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new OpenCall(CALL, SALZLANDKREIS, new ProgrammeId("unknown"), A, "Aufruf", BUDGET, DEADLINE,
                        List.of()))
                .expectException(rejected(Rejection.Kind.INVALID, "programmeId"))
                .expectNoEvents();
    }

    @Test
    void a_deadline_before_the_opening_is_rejected() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(open(A, NetworkTime.startOf(FEBRUARY_1).minusSeconds(1)))
                .expectException(rejected(Rejection.Kind.INVALID, "deadline"))
                .expectNoEvents();
    }

    @Test
    void a_call_of_a_region_without_working_group_is_rejected() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new OpenCall(CALL, new RegionKey("15001"), REGIO_AKTIV, A, "Aufruf", BUDGET, DEADLINE,
                        List.of()), Senders.sentBy(Senders.OFFICE))
                .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                .expectNoEvents();
    }

    // ---- proposals

    @Test
    void a_sponsor_proposes_for_its_own_organisation() {
        fixture.given(OPENED)
                .andGivenCurrentTime(NOW)
                .when(propose(FIRST, "Bildungswerk Salzland"), Senders.sentBy(Senders.SPONSOR))
                .expectResultMessagePayload(1L)
                .expectEvents(BILDUNGSWERK);
    }

    @Test
    void a_sponsor_may_not_propose_for_another_organisation() {
        fixture.given(OPENED)
                .andGivenCurrentTime(NOW)
                .when(propose(FIRST, "Volkshochschule Salzland"), Senders.sentBy(Senders.SPONSOR))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_late_proposal_is_rejected_even_before_the_deadline_was_handled() {
        fixture.given(OPENED)
                .andGivenCurrentTime(DEADLINE.plusSeconds(1))
                .when(propose(FIRST, "Bildungswerk Salzland"))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_proposal_to_a_closed_call_is_rejected() {
        fixture.given(OPENED, CLOSED)
                .andGivenCurrentTime(DEADLINE.plusSeconds(60))
                .when(propose(FIRST, "Bildungswerk Salzland"))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_proposal_after_the_programme_closed_the_calls_area_is_rejected() {
        programme.add(new ProgrammeAmended(REGIO_AKTIV, 1, LocalDate.of(2026, 2, 1), List.of(), List.of(),
                List.of(A)));
        fixture.given(OPENED)
                .andGivenCurrentTime(NOW)
                .when(propose(FIRST, "Bildungswerk Salzland"))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_proposal_with_an_unknown_indicator_is_rejected() {
        fixture.given(OPENED)
                .andGivenCurrentTime(NOW)
                .when(new SubmitProposal(CALL, FIRST, "Bildungswerk Salzland", "Titel", "Text", Euro.of("1000"), 12,
                        new IndicatorValues(Map.of("HAPPINESS", BigDecimal.ONE)), null))
                .expectException(rejected(Rejection.Kind.INVALID, "plannedIndicators"))
                .expectNoEvents();
    }

    @Test
    void a_call_closes_when_its_deadline_comes() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .andGivenCommands(open(A, DEADLINE), propose(FIRST, "Bildungswerk Salzland"))
                .whenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectDeadlinesMet(new SubmissionDeadline(DEADLINE))
                .expectEvents(CLOSED);
    }

    @Test
    void a_deadline_handled_again_changes_nothing() {
        fixture.given(OPENED, CLOSED)
                .whenThenTimeElapses(Duration.ofDays(1))
                .expectNoEvents();
    }

    // ---- selection

    @Test
    void the_selection_of_an_adopted_resolution_launches_a_project_per_selected_proposal() {
        resolved(SELECTION, thisCall(), Outcome.ADOPTED, "Salzlandkreis", "Jobcenter Salzlandkreis");
        var project = ProjectId.forProposal(FIRST);
        fixture.given(OPENED, BILDUNGSWERK, VOLKSHOCHSCHULE, CLOSED)
                .andGivenCurrentTime(Instant.parse("2026-04-16T08:00:00Z"))
                .when(new SelectProposals(CALL, SELECTION, List.of(new Award(FIRST, Euro.of("240000.50"))),
                        List.of(new NotSelected(SECOND, "Budget ausgeschöpft")), 3L))
                .expectResultMessagePayload(4L)
                .expectEvents(new ProposalsSelected(CALL, SELECTION,
                        List.of(new Selected(FIRST, project, Euro.of("240000.50"))),
                        List.of(new NotSelected(SECOND, "Budget ausgeschöpft"))));
        try (var stored = projectStore.readEvents(project.value()).asStream()) {
            assertThat(stored.<Object>map(event -> event.getPayload()).toList()).containsExactly(new ProjectLaunched(
                    project,
                    CALL, FIRST, SELECTION, SALZLANDKREIS, REGIO_AKTIV, A, "Bildungswerk Salzland",
                    "Berufsorientierung", "Praxistage", Euro.of("240000.50"), 36, PLANNED, LocalDate.of(2026, 4, 15)));
        }
    }

    @Test
    void a_selection_over_the_budget_is_rejected() {
        resolved(SELECTION, thisCall(), Outcome.ADOPTED, "Salzlandkreis");
        fixture.given(OPENED, BILDUNGSWERK, VOLKSHOCHSCHULE, CLOSED)
                .when(new SelectProposals(CALL, SELECTION, List.of(new Award(FIRST, Euro.of("250000")),
                        new Award(SECOND, Euro.of("250000.01"))), List.of(), null))
                .expectException(rejected(Rejection.Kind.INVALID, "selected"))
                .expectNoEvents();
    }

    @Test
    void a_selection_granting_more_than_a_proposal_requested_is_rejected() {
        resolved(SELECTION, thisCall(), Outcome.ADOPTED, "Salzlandkreis");
        fixture.given(OPENED, BILDUNGSWERK, VOLKSHOCHSCHULE, CLOSED)
                .when(new SelectProposals(CALL, SELECTION, List.of(new Award(FIRST, Euro.of("260000"))),
                        List.of(new NotSelected(SECOND, "Budget")), null))
                .expectException(rejected(Rejection.Kind.INVALID, "selected"))
                .expectNoEvents();
    }

    @Test
    void a_selection_must_decide_every_proposal() {
        resolved(SELECTION, thisCall(), Outcome.ADOPTED, "Salzlandkreis");
        fixture.given(OPENED, BILDUNGSWERK, VOLKSHOCHSCHULE, CLOSED)
                .when(SELECT_FIRST)
                .expectException(rejected(Rejection.Kind.INVALID, "notSelected"))
                .expectNoEvents();
    }

    @Test
    void a_selection_naming_a_proposal_of_another_call_is_rejected() {
        resolved(SELECTION, thisCall(), Outcome.ADOPTED, "Salzlandkreis");
        fixture.given(OPENED, BILDUNGSWERK, CLOSED)
                .when(new SelectProposals(CALL, SELECTION, List.of(new Award(FIRST, Euro.of("200000")),
                        new Award(new ProposalId("elsewhere"), Euro.of("1"))), List.of(), null))
                .expectException(rejected(Rejection.Kind.INVALID, "selected"))
                .expectNoEvents();
    }

    @Test
    void a_selection_without_a_resolution_is_rejected() {
        fixture.given(OPENED, BILDUNGSWERK, CLOSED)
                .when(SELECT_FIRST)
                .expectException(rejected(Rejection.Kind.INVALID, "resolutionId"))
                .expectNoEvents();
    }

    @Test
    void a_selection_by_a_rejected_resolution_is_rejected() {
        resolved(SELECTION, thisCall(), Outcome.REJECTED, "Salzlandkreis");
        fixture.given(OPENED, BILDUNGSWERK, CLOSED)
                .when(SELECT_FIRST)
                .expectException(rejected(Rejection.Kind.INVALID, "resolutionId"))
                .expectExceptionMessage("resolution r-selection was rejected; a selection needs an adopted resolution")
                .expectNoEvents();
    }

    @Test
    void a_selection_by_an_advisory_groups_recommendation_is_rejected() {
        resolutions.put(SELECTION, new Resolved(SELECTION, LocalDate.of(2026, 4, 15), thisCall(), Outcome.ADOPTED,
                List.of("Salzlandkreis"), ResolutionEffect.RECOMMENDATION));
        fixture.given(OPENED, BILDUNGSWERK, CLOSED)
                .when(SELECT_FIRST)
                .expectException(rejected(Rejection.Kind.INVALID, "resolutionId"))
                .expectExceptionMessage("resolution r-selection is a recommendation of an advisory working group; it "
                        + "selects nothing, a selection needs a deciding resolution")
                .expectNoEvents();
    }

    @Test
    void a_selection_by_a_resolution_about_something_else_is_rejected() {
        resolved(SELECTION, new Subject(Subject.Type.CALL, "another-call", List.of()), Outcome.ADOPTED);
        fixture.given(OPENED, BILDUNGSWERK, CLOSED)
                .when(SELECT_FIRST)
                .expectException(rejected(Rejection.Kind.INVALID, "resolutionId"))
                .expectNoEvents();
    }

    @Test
    void a_selection_by_a_resolution_a_sponsor_took_part_in_is_rejected() {
        resolved(SELECTION, thisCall(), Outcome.ADOPTED, "Salzlandkreis", "bildungswerk salzland");
        fixture.given(OPENED, BILDUNGSWERK, CLOSED)
                .when(SELECT_FIRST)
                .expectException(rejected(Rejection.Kind.INVALID, "resolutionId"))
                .expectNoEvents();
    }

    @Test
    void a_selection_by_a_resolution_taken_before_the_deadline_is_rejected() {
        resolutions.put(SELECTION, new Resolved(SELECTION, LocalDate.of(2026, 3, 30), thisCall(), Outcome.ADOPTED,
                List.of("Salzlandkreis")));
        fixture.given(OPENED, BILDUNGSWERK, CLOSED)
                .when(SELECT_FIRST)
                .expectException(rejected(Rejection.Kind.INVALID, "resolutionId"))
                .expectNoEvents();
    }

    @Test
    void a_selection_while_the_call_is_open_is_rejected() {
        resolved(SELECTION, thisCall(), Outcome.ADOPTED, "Salzlandkreis");
        fixture.given(OPENED, BILDUNGSWERK)
                .when(SELECT_FIRST)
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_second_selection_is_rejected() {
        resolved(SELECTION, thisCall(), Outcome.ADOPTED, "Salzlandkreis");
        fixture.given(OPENED, BILDUNGSWERK, CLOSED, new ProposalsSelected(CALL, SELECTION,
                        List.of(new Selected(FIRST, ProjectId.forProposal(FIRST), Euro.of("200000"))), List.of()))
                .when(SELECT_FIRST)
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_selection_based_on_a_stale_version_is_rejected() {
        resolved(SELECTION, thisCall(), Outcome.ADOPTED, "Salzlandkreis");
        fixture.given(OPENED, BILDUNGSWERK, CLOSED)
                .when(new SelectProposals(CALL, SELECTION, List.of(new Award(FIRST, Euro.of("200000"))), List.of(),
                        1L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
    }
}
