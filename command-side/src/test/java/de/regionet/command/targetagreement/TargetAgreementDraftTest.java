package de.regionet.command.targetagreement;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.command.region.Region;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionCommand.DraftTargetAgreement;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionEvent.TargetAgreementAttached;
import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.targetagreement.Milestone;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementId;
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
import java.time.LocalDate;
import java.util.List;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;
import static de.regionet.command.targetagreement.TargetAgreementTest.AGREEMENT;
import static de.regionet.command.targetagreement.TargetAgreementTest.DRAFTED;
import static de.regionet.command.targetagreement.TargetAgreementTest.PARTICIPANTS;
import static de.regionet.command.targetagreement.TargetAgreementTest.PARTIES;
import static de.regionet.command.targetagreement.TargetAgreementTest.SALZLANDKREIS;
import static de.regionet.command.targetagreement.TargetAgreementTest.YEAR_2026;
import static org.assertj.core.api.Assertions.assertThat;

/** A target agreement is drafted through its region, which keeps a region's targets per indicator from overlapping. */
class TargetAgreementDraftTest {

    private static final RegionRegistered REGISTERED = new RegionRegistered(SALZLANDKREIS, "Salzlandkreis",
            RegionKind.DISTRICT);
    private static final TargetAgreementAttached ATTACHED = new TargetAgreementAttached(SALZLANDKREIS, AGREEMENT,
            YEAR_2026, List.of("PARTICIPANTS"));
    private static final TargetAgreementId NEXT = new TargetAgreementId("ziel-2027");

    private final EmbeddedEventStore agreementStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private FixtureConfiguration<Region> fixture;

    @BeforeEach
    void setUp() {
        var agreements = EventSourcingRepository.builder(TargetAgreement.class).eventStore(agreementStore).build();
        fixture = new AggregateTestFixture<>(Region.class).registerRepositoryProvider(new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Repository<T> repositoryFor(Class<T> aggregateType) {
                return aggregateType == TargetAgreement.class ? (Repository<T>) agreements : null;
            }
        });
        fixture.registerInjectableResource(IndicatorCatalogue.esfPlus());
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @AfterEach
    void tearDown() {
        agreementStore.shutDown();
    }

    private static DraftTargetAgreement draft(TargetAgreementId id, Period period, Target... targets) {
        return new DraftTargetAgreement(SALZLANDKREIS, id, period, PARTIES, List.of(targets));
    }

    @Test
    void the_network_office_drafts_a_target_agreement_through_the_region() {
        fixture.given(REGISTERED)
                .when(draft(AGREEMENT, YEAR_2026, PARTICIPANTS))
                .expectResultMessagePayload(AGREEMENT)
                .expectEvents(ATTACHED);
        try (var stored = agreementStore.readEvents(AGREEMENT.value()).asStream()) {
            assertThat(stored.<Object>map(event -> event.getPayload()).toList()).containsExactly(DRAFTED);
        }
    }

    @Test
    void a_target_for_an_unknown_indicator_is_rejected() {
        fixture.given(REGISTERED)
                .when(draft(AGREEMENT, YEAR_2026, new Target("HAPPINESS", BigDecimal.TEN, null, List.of())))
                .expectException(rejected(Rejection.Kind.INVALID, "targets"))
                .expectNoEvents();
    }

    @Test
    void a_period_overlapping_another_agreement_for_the_same_indicator_is_rejected() {
        fixture.given(REGISTERED, ATTACHED)
                .when(draft(NEXT, new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)),
                        new Target("PARTICIPANTS", BigDecimal.TEN, null, List.of())))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void the_next_period_and_other_indicators_are_free() {
        fixture.given(REGISTERED, ATTACHED)
                .when(draft(NEXT, new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                        new Target("PARTICIPANTS",
                        BigDecimal.TEN, null, List.of())))
                .expectSuccessfulHandlerExecution();
        fixture.given(REGISTERED, ATTACHED)
                .when(draft(NEXT, YEAR_2026, new Target("EMPLOYED_AFTER_LEAVING", BigDecimal.TEN, null, List.of())))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_target_set_twice_is_rejected() {
        fixture.given(REGISTERED)
                .when(draft(AGREEMENT, YEAR_2026, PARTICIPANTS, new Target("PARTICIPANTS", BigDecimal.ONE,
                        new FundingArea("A"), List.of())))
                .expectException(rejected(Rejection.Kind.INVALID, "targets"))
                .expectNoEvents();
    }

    @Test
    void a_milestone_outside_the_period_is_rejected() {
        fixture.given(REGISTERED)
                .when(draft(AGREEMENT, YEAR_2026, new Target("PARTICIPANTS", BigDecimal.TEN, null,
                        List.of(new Milestone(LocalDate.of(2027, 3, 1), BigDecimal.ONE)))))
                .expectException(rejected(Rejection.Kind.INVALID, "targets"))
                .expectNoEvents();
    }

    @Test
    void an_agreement_needs_both_sides() {
        fixture.given(REGISTERED)
                .when(new DraftTargetAgreement(SALZLANDKREIS, AGREEMENT, YEAR_2026, List.of("Salzlandkreis",
                        "salzlandkreis"), List.of(PARTICIPANTS)))
                .expectException(rejected(Rejection.Kind.INVALID, "parties"))
                .expectNoEvents();
    }

    @Test
    void a_coordinator_may_not_draft_a_target_agreement() {
        fixture.given(REGISTERED)
                .when(draft(AGREEMENT, YEAR_2026, PARTICIPANTS), Senders.sentBy(Senders.coordinatorOf("15089")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }
}
