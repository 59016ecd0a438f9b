package de.regionet.command.call;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.command.programme.Programmes;
import de.regionet.command.project.Project;
import de.regionet.command.workinggroup.Decisions;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.call.Advice;
import de.regionet.kernel.call.Award;
import de.regionet.kernel.call.CallCommand.AdviseOnProposals;
import de.regionet.kernel.call.CallCommand.DecideFunding;
import de.regionet.kernel.call.CallCommand.OpenCall;
import de.regionet.kernel.call.CallCommand.SelectProposals;
import de.regionet.kernel.call.CallCommand.SubmitProposal;
import de.regionet.kernel.call.CallEvent.CallClosed;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.kernel.call.CallEvent.FundingDecided;
import de.regionet.kernel.call.CallEvent.Granted;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.ProposalsAdvised;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.FundingGrant;
import de.regionet.kernel.call.FundingRefusal;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.call.Reach;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Fund;
import de.regionet.kernel.project.FundAmount;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * North Rhine-Westphalia's procedure: a state-wide call of the network office, a labour-market region's advisory
 * vote on its proposals, the state's funding decision from ESF+ and EFRE, and the projects it launches.
 */
class CallProcedureTest {

    private static final CallId CALL = new CallId("call-nrw");
    private static final RegionKey RUHR = new RegionKey("99641");
    private static final RegionKey MUENSTERLAND = new RegionKey("99642");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final ProgrammeId ESF_NRW = new ProgrammeId("esf-plus-nrw");
    private static final FundingArea A = new FundingArea("A");
    private static final Instant NOW = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-31T10:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-05-04T09:00:00Z");
    private static final LocalDate FEBRUARY_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
    private static final Euro BUDGET = Euro.of("500000");
    private static final ProposalId FIRST = new ProposalId("p-1");
    private static final ProposalId SECOND = new ProposalId("p-2");
    private static final Actor GRANTING = new Actor("bezirksregierung", Set.of(Role.GRANTING_AUTHORITY), Set.of(),
            null);
    private static final ProgrammeLaunched PROGRAMME = new ProgrammeLaunched(ESF_NRW, "ESF Plus NRW",
            new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31)), Euro.of("100000000"),
            List.of(new AreaDefinition(A, "Fachkräfte", LocalDate.of(2021, 1, 1))));
    private static final IndicatorValues PLANNED = new IndicatorValues(Map.of("PARTICIPANTS", BigDecimal.valueOf(40)));

    private static final CallOpened OPENED = new CallOpened(CALL, null, null, ESF_NRW, A, "Fachkräfte sichern",
            BUDGET, DEADLINE, List.of(), FEBRUARY_1, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION);
    private static final ProposalSubmitted IN_RUHR = new ProposalSubmitted(CALL, FIRST, "Bildungswerk Salzland",
            "Weiterbildung", "Kurse", Euro.of("200000"), 24, PLANNED, NOW, RUHR);
    private static final ProposalSubmitted IN_MUENSTERLAND = new ProposalSubmitted(CALL, SECOND, "Werkstatt Münster",
            "Coaching", "Coaching", Euro.of("150000"), 24, IndicatorValues.NONE, NOW, MUENSTERLAND);
    private static final CallClosed CLOSED = new CallClosed(CALL, DEADLINE);
    private static final Advice RECOMMENDED = new Advice(FIRST, true, 1, "Passt zum regionalen Bedarf");
    private static final ProposalsAdvised ADVISED = new ProposalsAdvised(CALL, RUHR, List.of(RECOMMENDED), MAY_4);
    private static final List<FundAmount> ESF_AND_EFRE = List.of(new FundAmount(Fund.ESF_PLUS, Euro.of("120000")),
            new FundAmount(Fund.EFRE, Euro.of("60000")));

    private final Programmes programmes = id -> id.equals(ESF_NRW)
            ? Optional.of(ProgrammeAreas.of(List.of(PROGRAMME))) : Optional.empty();
    private final Decisions decisions = new Decisions() {
        @Override
        public Optional<WorkingGroupId> workingGroupOf(RegionKey region) {
            return Optional.empty();
        }

        @Override
        public Optional<Resolved> resolution(WorkingGroupId workingGroup, ResolutionId resolution) {
            return Optional.empty();
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
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @AfterEach
    void tearDown() {
        projectStore.shutDown();
    }

    private static OpenCall stateWide(DecisionProcedure procedure) {
        return new OpenCall(CALL, null, ESF_NRW, A, "Fachkräfte sichern", BUDGET, DEADLINE, List.of(), null,
                Reach.STATE_WIDE, procedure);
    }

    private static SubmitProposal propose(RegionKey region) {
        return new SubmitProposal(CALL, FIRST, "Bildungswerk Salzland", "Weiterbildung", "Kurse", Euro.of("200000"),
                24, PLANNED, null, region, null);
    }

    private static AdviseOnProposals advise(Advice... advice) {
        return new AdviseOnProposals(CALL, List.of(advice), MAY_4, null);
    }

    private static DecideFunding grantFirst(List<FundAmount> funds) {
        return new DecideFunding(CALL, List.of(new FundingGrant(FIRST, funds)), List.of(), MAY_4, null);
    }

    // ---- opening

    @Test
    void the_network_office_opens_a_state_wide_call_the_state_decides() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED);
    }

    @Test
    void a_coordinator_may_not_open_a_state_wide_call() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION),
                        Senders.sentBy(Senders.coordinatorOf("99641")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_state_wide_call_cannot_be_selected_regionally() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(DecisionProcedure.REGIONAL_SELECTION))
                .expectException(rejected(Rejection.Kind.INVALID, "procedure"))
                .expectNoEvents();
    }

    @Test
    void a_regional_call_the_state_decides_needs_no_working_group() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new OpenCall(CALL, RUHR, ESF_NRW, A, "Fachkräfte sichern", BUDGET, DEADLINE, List.of(), null,
                        Reach.REGIONAL, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION))
                .expectEvents(new CallOpened(CALL, RUHR, null, ESF_NRW, A, "Fachkräfte sichern", BUDGET, DEADLINE,
                        List.of(), FEBRUARY_1, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION));
    }

    @Test
    void a_state_wide_call_names_no_region_and_a_regional_one_does() {
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(Rejection.class, () -> new OpenCall(CALL, RUHR,
                ESF_NRW, A, "Aufruf", BUDGET, DEADLINE, List.of(), null, Reach.STATE_WIDE, null)).field())
                .isEqualTo("regionKey");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(Rejection.class, () -> new OpenCall(CALL, null,
                ESF_NRW, A, "Aufruf", BUDGET, DEADLINE, List.of(), null, null, null)).field())
                .isEqualTo("regionKey");
    }

    // ---- proposals

    @Test
    void a_proposal_to_a_state_wide_call_names_its_region() {
        fixture.given(OPENED)
                .andGivenCurrentTime(NOW)
                .when(propose(RUHR), Senders.sentBy(Senders.SPONSOR))
                .expectEvents(IN_RUHR);
    }

    @Test
    void a_proposal_to_a_state_wide_call_without_region_is_rejected() {
        fixture.given(OPENED)
                .andGivenCurrentTime(NOW)
                .when(propose(null), Senders.sentBy(Senders.SPONSOR))
                .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                .expectNoEvents();
    }

    @Test
    void a_coordinator_records_proposals_only_for_its_own_region() {
        fixture.given(OPENED)
                .andGivenCurrentTime(NOW)
                .when(propose(RUHR), Senders.sentBy(Senders.coordinatorOf("99642")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    // ---- advice

    @Test
    void the_region_advises_on_its_proposals_after_the_deadline() {
        fixture.given(OPENED, IN_RUHR, IN_MUENSTERLAND, CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(advise(RECOMMENDED), Senders.sentBy(Senders.coordinatorOf("99641")))
                .expectResultMessagePayload(4L)
                .expectEvents(ADVISED);
    }

    @Test
    void a_coordinator_of_another_region_may_not_advise() {
        fixture.given(OPENED, IN_RUHR, IN_MUENSTERLAND, CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(advise(RECOMMENDED), Senders.sentBy(Senders.coordinatorOf("99642")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void one_vote_advises_on_one_region_only() {
        fixture.given(OPENED, IN_RUHR, IN_MUENSTERLAND, CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(advise(RECOMMENDED, new Advice(SECOND, false, null, "Kein Bedarf")))
                .expectException(rejected(Rejection.Kind.INVALID, "advice"))
                .expectNoEvents();
    }

    @Test
    void advice_before_the_deadline_is_rejected() {
        fixture.given(OPENED, IN_RUHR)
                .andGivenCurrentTime(NOW)
                .when(advise(RECOMMENDED))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void advising_twice_on_a_proposal_is_rejected() {
        fixture.given(OPENED, IN_RUHR, CLOSED, ADVISED)
                .andGivenCurrentTime(AFTER)
                .when(advise(RECOMMENDED))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void advice_on_an_unknown_proposal_is_rejected() {
        fixture.given(OPENED, IN_RUHR, CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(advise(new Advice(new ProposalId("p-9"), false, null, "Unbekannt")))
                .expectException(rejected(Rejection.Kind.INVALID, "advice"))
                .expectNoEvents();
    }

    @Test
    void a_recommendation_without_rank_is_rejected() {
        var rejection = org.junit.jupiter.api.Assertions.assertThrows(Rejection.class,
                () -> new Advice(FIRST, true, null, "Gut"));
        assertThat(rejection.field()).isEqualTo("rank");
    }

    @Test
    void advice_on_a_call_its_working_group_selects_is_rejected() {
        fixture.given(new CallOpened(CALL, SALZLANDKREIS, new WorkingGroupId("rak"), ESF_NRW, A, "Aufruf", BUDGET,
                        DEADLINE, List.of(), FEBRUARY_1),
                        new ProposalSubmitted(CALL, FIRST, "Bildungswerk Salzland", "Weiterbildung", "Kurse",
                                Euro.of("200000"), 24, PLANNED, NOW), CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(advise(RECOMMENDED))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    // ---- funding decision

    @Test
    void the_granting_authority_funds_from_esf_plus_and_efre_and_the_project_is_launched() {
        var project = ProjectId.forProposal(FIRST);
        fixture.given(OPENED, IN_RUHR, CLOSED, ADVISED)
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(ESF_AND_EFRE), Senders.sentBy(GRANTING))
                .expectEvents(new FundingDecided(CALL, List.of(new Granted(FIRST, project, ESF_AND_EFRE)), List.of(),
                        MAY_4));
        try (var stored = projectStore.readEvents(project.value()).asStream()) {
            assertThat(stored.<Object>map(event -> event.getPayload()).toList()).containsExactly(new ProjectLaunched(
                    project, CALL, FIRST, null, RUHR, ESF_NRW, A, "Bildungswerk Salzland", "Weiterbildung", "Kurse",
                    Euro.of("180000"), 24, PLANNED, MAY_4, null, ESF_AND_EFRE));
        }
    }

    @Test
    void the_state_may_refuse_what_the_region_recommended() {
        var refused = new FundingRefusal(FIRST, "Mittel ausgeschöpft");
        fixture.given(OPENED, IN_RUHR, CLOSED, ADVISED)
                .andGivenCurrentTime(AFTER)
                .when(new DecideFunding(CALL, List.of(), List.of(refused), MAY_4, null), Senders.sentBy(GRANTING))
                .expectEvents(new FundingDecided(CALL, List.of(), List.of(refused), MAY_4));
    }

    @Test
    void only_the_granting_authority_decides_on_funding() {
        fixture.given(OPENED, IN_RUHR, CLOSED, ADVISED)
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(ESF_AND_EFRE), Senders.sentBy(Senders.OFFICE))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_decision_before_the_region_advised_is_rejected() {
        fixture.given(OPENED, IN_RUHR, CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(ESF_AND_EFRE), Senders.sentBy(GRANTING))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void granting_more_than_requested_is_rejected() {
        fixture.given(OPENED, IN_RUHR, CLOSED, ADVISED)
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(List.of(new FundAmount(Fund.ESF_PLUS, Euro.of("150000")),
                        new FundAmount(Fund.LAND, Euro.of("60000")))), Senders.sentBy(GRANTING))
                .expectException(rejected(Rejection.Kind.INVALID, "granted"))
                .expectNoEvents();
    }

    @Test
    void deciding_twice_on_a_proposal_is_rejected() {
        fixture.given(OPENED, IN_RUHR, CLOSED, ADVISED, new FundingDecided(CALL, List.of(), List.of(
                        new FundingRefusal(FIRST, "Nein")), MAY_4))
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(ESF_AND_EFRE), Senders.sentBy(GRANTING))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_decision_in_the_future_is_rejected() {
        fixture.given(OPENED, IN_RUHR, CLOSED, ADVISED)
                .andGivenCurrentTime(AFTER)
                .when(new DecideFunding(CALL, List.of(new FundingGrant(FIRST, ESF_AND_EFRE)), List.of(),
                        MAY_4.plusDays(1), null), Senders.sentBy(GRANTING))
                .expectException(rejected(Rejection.Kind.INVALID, "decidedOn"))
                .expectNoEvents();
    }

    @Test
    void a_fund_named_twice_is_rejected() {
        var rejection = org.junit.jupiter.api.Assertions.assertThrows(Rejection.class, () -> new FundingGrant(FIRST,
                List.of(new FundAmount(Fund.ESF, Euro.of("1")), new FundAmount(Fund.ESF, Euro.of("2")))));
        assertThat(rejection.field()).isEqualTo("funds");
    }

    @Test
    void a_funding_decision_on_a_call_its_working_group_selects_is_rejected() {
        fixture.given(new CallOpened(CALL, SALZLANDKREIS, new WorkingGroupId("rak"), ESF_NRW, A, "Aufruf", BUDGET,
                        DEADLINE, List.of(), FEBRUARY_1), CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(ESF_AND_EFRE), Senders.sentBy(GRANTING))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_selection_on_a_call_the_state_decides_is_rejected_naming_the_procedure() {
        fixture.given(OPENED, IN_RUHR, CLOSED, ADVISED)
                .andGivenCurrentTime(AFTER)
                .when(new SelectProposals(CALL, new ResolutionId("r-1"), List.of(new Award(FIRST, Euro.of("1"))),
                        List.of(), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("REGIONAL_ADVICE_STATE_DECISION"))
                .expectNoEvents();
    }
}
