package de.regionet.command.call;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.command.programme.Programmes;
import de.regionet.command.project.Project;
import de.regionet.command.workinggroup.Decisions;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.call.Advice;
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
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.FundingGrant;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.call.Reach;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Fund;
import de.regionet.kernel.project.FundAmount;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;

/**
 * Calls belong to a network (issue 22, ADR 0023/0024): a state-wide call to the network it is opened in, a regional
 * one to its region's; only that network's office acts for a state-wide call, only its granting authority decides,
 * and its programme and its proposals' regions are of the same network.
 */
class CallNetworkTest {

    private static final NetworkId SACHSEN_ANHALT = NetworkId.SACHSEN_ANHALT;
    private static final NetworkId NRW = new NetworkId("nordrhein-westfalen");
    private static final CallId CALL = new CallId("call-fachkraefte-nrw");
    private static final RegionKey DORTMUND = new RegionKey("05913");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final ProgrammeId ESF_NRW = new ProgrammeId("esf-plus-nrw");
    private static final ProgrammeId REGIO_AKTIV = new ProgrammeId("regio-aktiv");
    private static final FundingArea A = new FundingArea("A");
    private static final Instant NOW = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-31T10:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-05-04T09:00:00Z");
    private static final LocalDate FEBRUARY_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
    private static final Euro BUDGET = Euro.of("500000");
    private static final ProposalId FIRST = new ProposalId("p-1");
    private static final Period PERIOD = new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31));
    private static final List<AreaDefinition> AREAS = List.of(new AreaDefinition(A, "Fachkräfte",
            LocalDate.of(2021, 1, 1)));
    private static final Map<ProgrammeId, ProgrammeLaunched> PROGRAMMES = Map.of(
            ESF_NRW, new ProgrammeLaunched(ESF_NRW, "ESF Plus NRW", PERIOD, Euro.of("100000000"), AREAS, NRW),
            REGIO_AKTIV, new ProgrammeLaunched(REGIO_AKTIV, "REGIO AKTIV", PERIOD, Euro.of("100000000"), AREAS,
                    SACHSEN_ANHALT));

    private static final CallOpened OPENED_IN_NRW = new CallOpened(CALL, null, null, ESF_NRW, A, "Fachkräfte.NRW",
            BUDGET, DEADLINE, List.of(), FEBRUARY_1, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION, NRW);
    private static final ProposalSubmitted IN_DORTMUND = new ProposalSubmitted(CALL, FIRST, "Bildungswerk Salzland",
            "Weiterbildung", "Kurse", Euro.of("200000"), 24, IndicatorValues.NONE, NOW, DORTMUND);
    private static final CallClosed CLOSED = new CallClosed(CALL, DEADLINE);
    private static final Advice RECOMMENDED = new Advice(FIRST, true, 1, "Passt zum regionalen Bedarf");
    private static final ProposalsAdvised ADVISED = new ProposalsAdvised(CALL, DORTMUND, List.of(RECOMMENDED), MAY_4);
    private static final List<FundAmount> ESF_AND_EFRE = List.of(new FundAmount(Fund.ESF_PLUS, Euro.of("120000")),
            new FundAmount(Fund.EFRE, Euro.of("60000")));

    private final Programmes programmes = id -> Optional.ofNullable(PROGRAMMES.get(id))
            .map(launched -> ProgrammeAreas.of(List.of(launched)));
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
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE_NRW));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @AfterEach
    void tearDown() {
        projectStore.shutDown();
    }

    private static OpenCall stateWide(ProgrammeId programme, NetworkId network) {
        return new OpenCall(CALL, null, programme, A, "Fachkräfte.NRW", BUDGET, DEADLINE, List.of(), null,
                Reach.STATE_WIDE, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION, network);
    }

    private static OpenCall regional(RegionKey region, ProgrammeId programme, NetworkId network) {
        return new OpenCall(CALL, region, programme, A, "Fachkräfte.NRW", BUDGET, DEADLINE, List.of(), null,
                Reach.REGIONAL, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION, network);
    }

    private static SubmitProposal propose(RegionKey region) {
        return new SubmitProposal(CALL, FIRST, "Bildungswerk Salzland", "Weiterbildung", "Kurse", Euro.of("200000"),
                24, IndicatorValues.NONE, null, region, null);
    }

    private static DecideFunding grantFirst() {
        return new DecideFunding(CALL, List.of(new FundingGrant(FIRST, ESF_AND_EFRE)), List.of(), MAY_4, null);
    }

    // ---- opening

    @Test
    void a_state_wide_call_belongs_to_the_network_of_the_office_that_opens_it() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(ESF_NRW, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED_IN_NRW);
    }

    @Test
    void an_office_acting_everywhere_opens_a_state_wide_call_in_the_network_it_names() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(ESF_NRW, NRW), Senders.sentBy(Senders.OFFICE))
                .expectEvents(OPENED_IN_NRW);
    }

    @Test
    void a_state_wide_call_naming_no_network_of_an_office_acting_everywhere_is_its_programmes_networks() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(ESF_NRW, null), Senders.sentBy(Senders.OFFICE))
                .expectEvents(OPENED_IN_NRW);
    }

    @Test
    void a_state_wide_call_of_saxony_anhalts_programme_is_saxony_anhalts() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(REGIO_AKTIV, null), Senders.sentBy(Senders.OFFICE))
                .expectEvents(new CallOpened(CALL, null, null, REGIO_AKTIV, A, "Fachkräfte.NRW", BUDGET, DEADLINE,
                        List.of(), FEBRUARY_1, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION, SACHSEN_ANHALT));
    }

    @Test
    void an_office_of_one_network_may_not_open_a_state_wide_call_in_another() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(ESF_NRW, NRW), Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_state_wide_call_in_an_unknown_network_is_refused_naming_the_field() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(ESF_NRW, new NetworkId("bayern")))
                .expectException(rejected(Rejection.Kind.INVALID, "network"))
                .expectNoEvents();
    }

    @Test
    void a_programme_of_another_network_is_refused_naming_the_programme() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(stateWide(REGIO_AKTIV, null))
                .expectException(rejected(Rejection.Kind.INVALID, "programmeId"))
                .expectNoEvents();
    }

    @Test
    void a_regional_call_belongs_to_its_regions_network() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(regional(DORTMUND, ESF_NRW, null), Senders.sentBy(Senders.coordinatorOf("05913")))
                .expectEvents(new CallOpened(CALL, DORTMUND, null, ESF_NRW, A, "Fachkräfte.NRW", BUDGET, DEADLINE,
                        List.of(), FEBRUARY_1, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION, NRW));
    }

    @Test
    void a_regional_call_naming_another_network_than_its_regions_is_refused() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(regional(DORTMUND, ESF_NRW, SACHSEN_ANHALT), Senders.sentBy(Senders.coordinatorOf("05913")))
                .expectException(rejected(Rejection.Kind.INVALID, "network"))
                .expectNoEvents();
    }

    @Test
    void a_regional_call_with_a_programme_of_another_network_is_refused() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(regional(SALZLANDKREIS, ESF_NRW, null), Senders.sentBy(Senders.coordinatorOf("15089")))
                .expectException(rejected(Rejection.Kind.INVALID, "programmeId"))
                .expectNoEvents();
    }

    // ---- acting for the call

    @Test
    void the_office_of_another_network_may_not_act_for_a_state_wide_call() {
        fixture.given(OPENED_IN_NRW, IN_DORTMUND, CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(new SelectProposals(CALL, new ResolutionId("r-1"), List.of(), List.of(), null),
                        Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void the_calls_own_office_gets_past_the_scope_check_to_the_procedures_answer() {
        fixture.given(OPENED_IN_NRW, IN_DORTMUND, CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(new SelectProposals(CALL, new ResolutionId("r-1"), List.of(), List.of(), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void the_office_of_another_network_may_not_advise_on_its_proposals() {
        fixture.given(OPENED_IN_NRW, IN_DORTMUND, CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(new AdviseOnProposals(CALL, List.of(RECOMMENDED), MAY_4, null),
                        Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void the_calls_own_office_advises_on_its_proposals() {
        fixture.given(OPENED_IN_NRW, IN_DORTMUND, CLOSED)
                .andGivenCurrentTime(AFTER)
                .when(new AdviseOnProposals(CALL, List.of(RECOMMENDED), MAY_4, null))
                .expectEvents(ADVISED);
    }

    @Test
    void a_proposal_for_a_region_of_another_network_is_refused_naming_the_region() {
        fixture.given(OPENED_IN_NRW)
                .andGivenCurrentTime(NOW)
                .when(propose(SALZLANDKREIS), Senders.sentBy(Senders.SPONSOR))
                .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                .expectNoEvents();
    }

    @Test
    void a_proposal_for_a_region_of_the_calls_network_is_taken() {
        fixture.given(OPENED_IN_NRW)
                .andGivenCurrentTime(NOW)
                .when(propose(DORTMUND), Senders.sentBy(Senders.SPONSOR))
                .expectEvents(IN_DORTMUND);
    }

    // ---- the funding decision

    @Test
    void a_granting_authority_of_another_state_may_not_decide_on_a_state_wide_call() {
        fixture.given(OPENED_IN_NRW, IN_DORTMUND, CLOSED, ADVISED)
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(), Senders.sentBy(Senders.GRANTING_SACHSEN_ANHALT))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void the_granting_authority_of_the_calls_network_decides_on_a_state_wide_call() {
        fixture.given(OPENED_IN_NRW, IN_DORTMUND, CLOSED, ADVISED)
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(), Senders.sentBy(Senders.GRANTING_NRW))
                .expectEvents(new FundingDecided(CALL, List.of(new Granted(FIRST, ProjectId.forProposal(FIRST),
                        ESF_AND_EFRE)), List.of(), MAY_4));
    }

    @Test
    void on_a_regional_call_the_granting_authority_of_the_regions_network_decides() {
        var opened = new CallOpened(CALL, DORTMUND, null, ESF_NRW, A, "Fachkräfte.NRW", BUDGET, DEADLINE, List.of(),
                FEBRUARY_1, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION, NRW);
        var submitted = new ProposalSubmitted(CALL, FIRST, "Bildungswerk Salzland", "Weiterbildung", "Kurse",
                Euro.of("200000"), 24, IndicatorValues.NONE, NOW);
        var advised = new ProposalsAdvised(CALL, DORTMUND, List.of(RECOMMENDED), MAY_4);
        fixture.given(opened, submitted, CLOSED, advised)
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(), Senders.sentBy(Senders.GRANTING_SACHSEN_ANHALT))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
        fixture.given(opened, submitted, CLOSED, advised)
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(), Senders.sentBy(Senders.GRANTING_NRW))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_state_wide_call_stored_before_calls_recorded_their_network_is_saxony_anhalts() {
        var storedBefore = new CallOpened(CALL, null, null, REGIO_AKTIV, A, "Fachkräfte", BUDGET, DEADLINE,
                List.of(), FEBRUARY_1, DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION);
        fixture.given(storedBefore, new ProposalSubmitted(CALL, FIRST, "Bildungswerk Salzland", "Weiterbildung",
                        "Kurse", Euro.of("200000"), 24, IndicatorValues.NONE, NOW, SALZLANDKREIS), CLOSED,
                        new ProposalsAdvised(CALL, SALZLANDKREIS, List.of(RECOMMENDED), MAY_4))
                .andGivenCurrentTime(AFTER)
                .when(grantFirst(), Senders.sentBy(Senders.GRANTING_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }
}
