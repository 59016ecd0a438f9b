package de.regionet.command.region;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.command.workinggroup.WorkingGroup;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionCommand.EstablishWorkingGroup;
import de.regionet.kernel.region.RegionCommand.RegisterRegion;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionEvent.WorkingGroupAttached;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.kernel.workinggroup.WorkingGroupKind;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.regionet.command.access.Rejections.rejectedAs;
import static de.regionet.kernel.region.RegionKind.DISTRICT;
import static de.regionet.kernel.region.RegionKind.INDEPENDENT_CITY;
import static de.regionet.kernel.region.RegionKind.LABOUR_MARKET_REGION;
import static org.assertj.core.api.Assertions.assertThat;

class RegionTest {

    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final WorkingGroupId RAK = new WorkingGroupId("rak-salzlandkreis");
    private static final LocalDate FOUNDED = LocalDate.of(2022, 3, 1);

    /** Where the working groups a region spawns are stored; the fixture only records the region's own stream. */
    private final EmbeddedEventStore workingGroupStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private FixtureConfiguration<Region> fixture;
    /** Which region each territory belongs to, as the regions' read model would answer. */
    private final Map<RegionKey, RegionKey> territories = new HashMap<>();

    @BeforeEach
    void setUp() {
        var workingGroups = EventSourcingRepository.builder(WorkingGroup.class).eventStore(workingGroupStore).build();
        fixture = new AggregateTestFixture<>(Region.class).registerRepositoryProvider(new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Repository<T> repositoryFor(Class<T> aggregateType) {
                return aggregateType == WorkingGroup.class ? (Repository<T>) workingGroups : null;
            }
        });
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerInjectableResource((Territories) territory -> Optional.ofNullable(territories.get(territory)));
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @AfterEach
    void tearDown() {
        workingGroupStore.shutDown();
    }

    @Test
    void registering_a_region_records_it_in_its_region() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(SALZLANDKREIS, "Salzlandkreis", DISTRICT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(inSalzlandkreis(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT)));
    }

    @Test
    void a_region_is_registered_under_its_name_without_surrounding_blanks() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(SALZLANDKREIS, "  Salzlandkreis ", DISTRICT))
                .expectEvents(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT));
    }

    @Test
    void registering_a_key_twice_is_rejected() {
        fixture.given(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT))
                .when(new RegisterRegion(SALZLANDKREIS, "Salzlandkreis", DISTRICT))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("region 15089 is already registered")
                .expectNoEvents();
    }

    private static final RegionKey RUHRGEBIET = new RegionKey("05-westfaelisches-ruhrgebiet");
    private static final List<RegionKey> DORTMUND_HAMM_UNNA = List.of(new RegionKey("05913"), new RegionKey("05915"),
            new RegionKey("05978"));
    private static final NetworkId NRW = new NetworkId("nordrhein-westfalen");

    @Test
    void a_labour_market_region_is_registered_with_its_member_territories_in_its_network() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(RUHRGEBIET, "Westfälisches Ruhrgebiet", LABOUR_MARKET_REGION, null,
                        DORTMUND_HAMM_UNNA), Senders.sentBy(Senders.OFFICE_NRW))
                .expectEvents(new RegionRegistered(RUHRGEBIET, "Westfälisches Ruhrgebiet", LABOUR_MARKET_REGION, NRW,
                        DORTMUND_HAMM_UNNA));
    }

    @Test
    void a_caller_of_one_network_registers_in_it_without_naming_it() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(SALZLANDKREIS, "Salzlandkreis", DISTRICT),
                        Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                .expectEvents(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT,
                        NetworkId.SACHSEN_ANHALT, List.of()));
    }

    @Test
    void a_key_of_another_state_is_refused_as_a_region_of_the_network() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(new RegionKey("06433"), "Kreis Groß-Gerau", DISTRICT),
                        Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                .expectException(rejectedAs(Rejection.Kind.INVALID))
                .expectExceptionMessage("region 06433 lies in state 06, not in network sachsen-anhalt (region keys "
                        + "starting 15)")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(new RegionKey("06433"), "Kreis Groß-Gerau", DISTRICT, NRW, List.of()),
                        Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.INVALID))
                .expectNoEvents();
    }

    @Test
    void an_office_does_not_register_regions_in_another_network() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(SALZLANDKREIS, "Salzlandkreis", DISTRICT, NetworkId.SACHSEN_ANHALT,
                        List.of()), Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_labour_market_region_of_a_registered_territory_is_refused() {
        territories.put(new RegionKey("05913"), new RegionKey("05913"));
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(RUHRGEBIET, "Westfälisches Ruhrgebiet", LABOUR_MARKET_REGION, null,
                        DORTMUND_HAMM_UNNA), Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("territory 05913 belongs to region 05913 already")
                .expectNoEvents();
    }

    @Test
    void a_member_of_a_labour_market_region_is_not_registered_as_a_region_again() {
        territories.put(new RegionKey("05915"), RUHRGEBIET);
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(new RegionKey("05915"), "Hamm", INDEPENDENT_CITY),
                        Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("territory 05915 belongs to region 05-westfaelisches-ruhrgebiet already")
                .expectNoEvents();
    }

    @Test
    void establishing_a_working_group_attaches_it_to_the_region() {
        fixture.given(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT))
                .when(new EstablishWorkingGroup(SALZLANDKREIS, RAK, "RAK Salzlandkreis", FOUNDED))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(RAK)
                .expectEvents(inSalzlandkreis(new WorkingGroupAttached(SALZLANDKREIS, RAK)));
    }

    @Test
    void establishing_a_working_group_starts_its_stream_with_the_establishment() {
        fixture.given(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT))
                .when(new EstablishWorkingGroup(SALZLANDKREIS, RAK, "RAK Salzlandkreis", FOUNDED))
                .expectSuccessfulHandlerExecution();

        var stream = workingGroupStream();
        assertThat(stream).hasSize(1);
        var established = stream.get(0);
        assertThat(established.getPayload())
                .isEqualTo(new WorkingGroupEstablished(RAK, SALZLANDKREIS, "RAK Salzlandkreis", FOUNDED));
        assertThat(established.getSequenceNumber()).isZero();
        assertThat(established.getType()).isEqualTo("WorkingGroup");
        assertThat(established.getMetaData()).containsEntry(EventMetaData.REGION_KEY, "15089");
    }

    @Test
    void an_advisory_working_group_starts_its_stream_as_advisory() {
        fixture.given(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT))
                .when(new EstablishWorkingGroup(SALZLANDKREIS, RAK, "Facharbeitskreis", FOUNDED,
                        WorkingGroupKind.ADVISORY))
                .expectSuccessfulHandlerExecution();

        assertThat(workingGroupStream().get(0).getPayload()).isEqualTo(new WorkingGroupEstablished(RAK,
                SALZLANDKREIS, "Facharbeitskreis", FOUNDED, WorkingGroupKind.ADVISORY));
    }

    @Test
    void a_region_with_a_working_group_rejects_a_second_one() {
        fixture.given(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT),
                        new WorkingGroupAttached(SALZLANDKREIS, RAK))
                .when(new EstablishWorkingGroup(SALZLANDKREIS, new WorkingGroupId("rak-2"), "Zweiter RAK", FOUNDED))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("region 15089 already has an active working group (rak-salzlandkreis)")
                .expectNoEvents();

        assertThat(workingGroupStream()).isEmpty();
        assertThat(streamOf(new WorkingGroupId("rak-2"))).isEmpty();
    }

    @Test
    void establishing_a_working_group_for_an_unregistered_region_fails() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkingGroup(SALZLANDKREIS, RAK, "RAK Salzlandkreis", FOUNDED))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();

        assertThat(workingGroupStream()).isEmpty();
    }

    @Test
    void a_coordinator_establishes_the_working_group_of_its_own_region() {
        fixture.given(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT))
                .when(new EstablishWorkingGroup(SALZLANDKREIS, RAK, "RAK Salzlandkreis", FOUNDED),
                        Senders.sentBy(Senders.coordinatorOf("15089")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(inSalzlandkreis(new WorkingGroupAttached(SALZLANDKREIS, RAK)));
    }

    @Test
    void a_coordinator_of_another_region_cannot_establish_a_working_group_here() {
        fixture.given(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT))
                .when(new EstablishWorkingGroup(SALZLANDKREIS, RAK, "RAK Salzlandkreis", FOUNDED),
                        Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectExceptionMessage(Senders.pseudonymOf("coordinator-15001")
                        + " may not act for region 15089 (it acts for 15001)")
                .expectNoEvents();

        assertThat(workingGroupStream()).isEmpty();
    }

    @Test
    void a_coordinator_cannot_register_a_region_not_even_its_own() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(SALZLANDKREIS, "Salzlandkreis", DISTRICT),
                        Senders.sentBy(Senders.coordinatorOf("15089")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void an_auditor_cannot_establish_a_working_group() {
        fixture.given(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", DISTRICT))
                .when(new EstablishWorkingGroup(SALZLANDKREIS, RAK, "RAK Salzlandkreis", FOUNDED),
                        Senders.sentBy(Senders.AUDITOR))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    private List<? extends DomainEventMessage<?>> workingGroupStream() {
        return streamOf(RAK);
    }

    private List<? extends DomainEventMessage<?>> streamOf(WorkingGroupId id) {
        return workingGroupStore.readEvents(id.value()).asStream().toList();
    }

    private static EventMessage<?> inSalzlandkreis(Object payload) {
        return GenericEventMessage.asEventMessage(payload)
                .andMetaData(Map.of(EventMetaData.REGION_KEY, SALZLANDKREIS.value()));
    }
}
