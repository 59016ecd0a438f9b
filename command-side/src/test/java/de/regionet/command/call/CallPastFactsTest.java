package de.regionet.command.call;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.command.programme.Programmes;
import de.regionet.command.project.Project;
import de.regionet.command.workinggroup.Decisions;
import de.regionet.command.workinggroup.Decisions.Resolved;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
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
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.Outcome;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;

/**
 * A call of the Salzlandkreis from spring 2023, recorded in February 2026: it opens on its own day, closes at once
 * because its deadline has passed, takes proposals submitted before the deadline (recorded late) and refuses those
 * submitted after it; the programme is consulted as it was on the day that matters.
 */
class CallPastFactsTest {

    private static final CallId CALL = new CallId("call-2023");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final WorkingGroupId RAK = new WorkingGroupId("rak-salzlandkreis");
    private static final ProgrammeId REGIO_AKTIV = new ProgrammeId("regio-aktiv");
    private static final FundingArea A = new FundingArea("A");
    private static final FundingArea L = new FundingArea("L");
    private static final Instant RECORDED = Instant.parse("2026-02-01T09:00:00Z");
    private static final LocalDate OPENED_ON = LocalDate.of(2023, 3, 1);
    private static final Instant DEADLINE = Instant.parse("2023-04-30T21:59:59Z");
    private static final Instant SUBMITTED = Instant.parse("2023-04-20T10:00:00Z");
    private static final Euro BUDGET = Euro.of("500000");
    private static final ProposalId FIRST = new ProposalId("p-1");
    private static final ResolutionId SELECTION = new ResolutionId("b-2023-06");

    private static final CallOpened OPENED = new CallOpened(CALL, SALZLANDKREIS, RAK, REGIO_AKTIV, A,
            "Übergang Schule–Beruf 2023", BUDGET, DEADLINE, List.of(), OPENED_ON);
    private static final CallClosed CLOSED = new CallClosed(CALL, DEADLINE);
    private static final ProposalSubmitted BILDUNGSWERK = new ProposalSubmitted(CALL, FIRST, "Bildungswerk Salzland",
            "Berufsorientierung", "Praxistage", Euro.of("250000"), 36, IndicatorValues.NONE, SUBMITTED);

    /** REGIO AKTIV with area A from 2022; area L is added by the amendment of 2025. */
    private final List<ProgrammeEvent> programme = List.of(
            new ProgrammeLaunched(REGIO_AKTIV, "REGIO AKTIV", new Period(LocalDate.of(2021, 1, 1),
                    LocalDate.of(2027, 12, 31)), Euro.of("140000000"),
                    List.of(new AreaDefinition(A, "Aktive Eingliederung", LocalDate.of(2022, 6, 21)))),
            new ProgrammeAmended(REGIO_AKTIV, 1, LocalDate.of(2025, 1, 1),
                    List.of(new AreaDefinition(L, "Fachkräftesicherung", LocalDate.of(2025, 1, 1))), List.of(),
                    List.of()));
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
            return Optional.ofNullable(resolutions.get(resolution));
        }
    };
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

    private static OpenCall open(FundingArea area, LocalDate openedOn, Instant deadline) {
        return new OpenCall(CALL, SALZLANDKREIS, REGIO_AKTIV, area, "Übergang Schule–Beruf 2023", BUDGET, deadline,
                List.of(), openedOn);
    }

    private static SubmitProposal submitted(Instant at) {
        return new SubmitProposal(CALL, FIRST, "Bildungswerk Salzland", "Berufsorientierung", "Praxistage",
                Euro.of("250000"), 36, IndicatorValues.NONE, at, null);
    }

    // ---- opening in the past

    @Test
    void a_call_whose_deadline_has_passed_opens_on_its_day_and_closes_at_once_at_the_deadline() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(RECORDED)
                .when(open(A, OPENED_ON, DEADLINE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED, CLOSED)
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_call_opened_in_the_past_with_a_deadline_to_come_waits_for_it() {
        var deadline = Instant.parse("2026-03-31T10:00:00Z");
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(RECORDED)
                .when(open(A, LocalDate.of(2026, 1, 15), deadline))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadline(deadline, new Call.SubmissionDeadline(deadline));
    }

    @Test
    void a_call_for_an_area_the_programme_did_not_have_yet_on_its_opening_day_is_refused() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(RECORDED)
                .when(open(L, OPENED_ON, DEADLINE))
                .expectException(rejected(Rejection.Kind.INVALID, "fundingArea"))
                .expectExceptionMessage("the programme has no funding area L on 2023-03-01")
                .expectNoEvents();
    }

    @Test
    void a_call_for_that_area_opened_after_the_amendment_is_accepted() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(RECORDED)
                .when(open(L, LocalDate.of(2025, 3, 1), Instant.parse("2025-04-30T21:59:59Z")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_call_opened_on_a_day_to_come_is_refused() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(RECORDED)
                .when(open(A, LocalDate.of(2026, 2, 2), Instant.parse("2026-03-31T10:00:00Z")))
                .expectException(rejected(Rejection.Kind.INVALID, "openedOn"))
                .expectNoEvents();
    }

    // ---- proposals recorded late

    @Test
    void a_proposal_submitted_before_the_deadline_is_recorded_after_the_call_closed() {
        fixture.given(OPENED, CLOSED)
                .andGivenCurrentTime(RECORDED)
                .when(submitted(SUBMITTED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(BILDUNGSWERK);
    }

    @Test
    void a_proposal_submitted_after_the_deadline_is_refused() {
        fixture.given(OPENED, CLOSED)
                .andGivenCurrentTime(RECORDED)
                .when(submitted(DEADLINE.plusSeconds(1)))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_proposal_submitted_before_the_call_opened_is_refused() {
        fixture.given(OPENED, CLOSED)
                .andGivenCurrentTime(RECORDED)
                .when(submitted(Instant.parse("2023-02-20T10:00:00Z")))
                .expectException(rejected(Rejection.Kind.INVALID, "submittedAt"))
                .expectNoEvents();
    }

    @Test
    void a_proposal_recorded_after_the_selection_is_refused() {
        fixture.given(OPENED, CLOSED, new ProposalsSelected(CALL, SELECTION, List.of(), List.of()))
                .andGivenCurrentTime(RECORDED)
                .when(submitted(SUBMITTED))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    // ---- selection by a resolution of its own day

    @Test
    void the_selection_by_a_resolution_of_june_2023_launches_the_project() {
        resolutions.put(SELECTION, new Resolved(SELECTION, LocalDate.of(2023, 6, 14),
                new Subject(Subject.Type.CALL, CALL.value(), List.of()), Outcome.ADOPTED, List.of("Salzlandkreis")));
        fixture.given(OPENED, CLOSED, BILDUNGSWERK)
                .andGivenCurrentTime(RECORDED)
                .when(new SelectProposals(CALL, SELECTION, List.of(new Award(FIRST, Euro.of("200000"))), List.of(),
                        null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalsSelected(CALL, SELECTION, List.of(new Selected(FIRST,
                        ProjectId.forProposal(FIRST), Euro.of("200000"))), List.of()));
    }

    @Test
    void a_selection_by_a_resolution_taken_before_the_deadline_is_refused() {
        resolutions.put(SELECTION, new Resolved(SELECTION, LocalDate.of(2023, 4, 20),
                new Subject(Subject.Type.CALL, CALL.value(), List.of()), Outcome.ADOPTED, List.of("Salzlandkreis")));
        fixture.given(OPENED, CLOSED, BILDUNGSWERK)
                .andGivenCurrentTime(RECORDED)
                .when(new SelectProposals(CALL, SELECTION, List.of(new Award(FIRST, Euro.of("200000"))), List.of(),
                        null))
                .expectException(rejected(Rejection.Kind.INVALID, "resolutionId"))
                .expectNoEvents();
    }
}
