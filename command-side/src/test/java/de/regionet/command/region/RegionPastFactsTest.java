package de.regionet.command.region;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.command.targetagreement.TargetAgreement;
import de.regionet.command.workinggroup.WorkingGroup;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionCommand.DraftTargetAgreement;
import de.regionet.kernel.region.RegionCommand.EstablishWorkingGroup;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionEvent.TargetAgreementAttached;
import de.regionet.kernel.region.RegionEvent.WorkingGroupAttached;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
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
import java.time.LocalDate;
import java.util.List;

import static de.regionet.command.access.Rejections.rejectedAs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Salzlandkreis recorded today with its history: its working group established in March 2022 and its target
 * agreements for 2023, judged against the region's commitments in those years.
 */
class RegionPastFactsTest {

    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final WorkingGroupId RAK = new WorkingGroupId("rak-salzlandkreis");
    private static final LocalDate FOUNDED = LocalDate.of(2022, 3, 1);
    private static final RegionRegistered REGISTERED = new RegionRegistered(SALZLANDKREIS, "Salzlandkreis",
            RegionKind.DISTRICT);
    private static final Period YEAR_2023 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    private static final List<String> PARTIES = List.of("Regio-Netzwerkstelle", "Salzlandkreis");
    private static final Target PARTICIPANTS = new Target("PARTICIPANTS", BigDecimal.valueOf(100),
            new FundingArea("A"), List.of());

    private final EmbeddedEventStore spawned = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private FixtureConfiguration<Region> fixture;

    @BeforeEach
    void setUp() {
        var workingGroups = EventSourcingRepository.builder(WorkingGroup.class).eventStore(spawned).build();
        var agreements = EventSourcingRepository.builder(TargetAgreement.class).eventStore(spawned).build();
        fixture = new AggregateTestFixture<>(Region.class).registerRepositoryProvider(new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Repository<T> repositoryFor(Class<T> aggregateType) {
                return aggregateType == WorkingGroup.class ? (Repository<T>) workingGroups
                        : aggregateType == TargetAgreement.class ? (Repository<T>) agreements : null;
            }
        });
        fixture.registerInjectableResource(IndicatorCatalogue.esfPlus());
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @AfterEach
    void tearDown() {
        spawned.shutDown();
    }

    @Test
    void a_working_group_established_in_2022_starts_its_stream_with_that_day() {
        fixture.given(REGISTERED)
                .when(new EstablishWorkingGroup(SALZLANDKREIS, RAK, "RAK Salzlandkreis", FOUNDED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new WorkingGroupAttached(SALZLANDKREIS, RAK));

        assertThat(spawned.readEvents(RAK.value()).asStream().<Object>map(event -> event.getPayload()).toList())
                .containsExactly(new WorkingGroupEstablished(RAK, SALZLANDKREIS, "RAK Salzlandkreis", FOUNDED));
    }

    @Test
    void a_target_agreement_for_2023_is_drafted_today() {
        var agreement = new TargetAgreementId("ziel-2023");
        fixture.given(REGISTERED)
                .when(new DraftTargetAgreement(SALZLANDKREIS, agreement, YEAR_2023, PARTIES, List.of(PARTICIPANTS)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TargetAgreementAttached(SALZLANDKREIS, agreement, YEAR_2023,
                        List.of("PARTICIPANTS")));
    }

    @Test
    void a_second_target_for_the_same_indicator_in_2023_is_refused() {
        fixture.given(REGISTERED, new TargetAgreementAttached(SALZLANDKREIS, new TargetAgreementId("ziel-2023"),
                        YEAR_2023, List.of("PARTICIPANTS")))
                .when(new DraftTargetAgreement(SALZLANDKREIS, new TargetAgreementId("ziel-2023b"),
                        new Period(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30)), PARTIES,
                        List.of(PARTICIPANTS)))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }
}
