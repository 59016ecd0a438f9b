package de.regionet.command.programme;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeCommand.AmendProgramme;
import de.regionet.kernel.programme.ProgrammeCommand.LaunchProgramme;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.kernel.programme.ProgrammeId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;
import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeTest {

    static final ProgrammeId REGIO_AKTIV = new ProgrammeId("regio-aktiv");
    static final Period ESF_PLUS = new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31));
    static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 1);
    static final AreaDefinition AREA_A = area("A", "Aktive Eingliederung", LocalDate.of(2022, 6, 21));
    static final AreaDefinition AREA_K = area("K", "Regio-Netzwerkstelle", LocalDate.of(2022, 6, 21));
    static final ProgrammeLaunched LAUNCHED = new ProgrammeLaunched(REGIO_AKTIV, "REGIO AKTIV", ESF_PLUS,
            Euro.of("140000000"), List.of(AREA_A, AREA_K));

    private FixtureConfiguration<Programme> fixture;

    static AreaDefinition area(String code, String title, LocalDate from) {
        return new AreaDefinition(new FundingArea(code), title, from);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @Test
    void the_network_office_launches_a_programme_with_its_areas() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgramme(REGIO_AKTIV, "REGIO AKTIV", ESF_PLUS, Euro.of("140000000"),
                        List.of(AREA_A, AREA_K)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(LAUNCHED);
    }

    @Test
    void a_coordinator_may_not_launch_a_programme() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgramme(REGIO_AKTIV, "REGIO AKTIV", ESF_PLUS, Euro.of("1"), List.of()),
                        Senders.sentBy(Senders.coordinatorOf("15089")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void an_area_listed_twice_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgramme(REGIO_AKTIV, "REGIO AKTIV", ESF_PLUS, Euro.of("1"), List.of(AREA_A, AREA_A)))
                .expectException(rejected(Rejection.Kind.INVALID, "fundingAreas"))
                .expectNoEvents();
    }

    @Test
    void an_area_starting_outside_the_programme_period_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgramme(REGIO_AKTIV, "REGIO AKTIV", ESF_PLUS, Euro.of("1"),
                        List.of(area("A", "Aktive Eingliederung", LocalDate.of(2028, 1, 1)))))
                .expectException(rejected(Rejection.Kind.INVALID, "fundingAreas"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_adds_areas_from_its_day_on() {
        var areaL = area("L", "Fachkräftesicherung", APRIL_2025);
        fixture.given(LAUNCHED)
                .when(new AmendProgramme(REGIO_AKTIV, APRIL_2025, List.of(area("L", "Fachkräftesicherung",
                        LocalDate.of(2020, 1, 1))), List.of(), List.of(), 0L))
                .expectResultMessagePayload(1L)
                .expectEvents(new ProgrammeAmended(REGIO_AKTIV, 1, APRIL_2025, List.of(areaL), List.of(), List.of()));

        var areas = ProgrammeAreas.of(List.of(LAUNCHED,
                new ProgrammeAmended(REGIO_AKTIV, 1, APRIL_2025, List.of(areaL), List.of(), List.of())));
        assertThat(areas.offers(new FundingArea("L"), APRIL_2025.minusDays(1))).isFalse();
        assertThat(areas.offers(new FundingArea("L"), APRIL_2025)).isTrue();
    }

    @Test
    void an_amendment_retitles_and_closes_areas_and_earlier_days_keep_the_old_programme() {
        var amended = new ProgrammeAmended(REGIO_AKTIV, 1, APRIL_2025,
                List.of(), List.of(area("A", "Eingliederung in Arbeit", APRIL_2025)), List.of(new FundingArea("K")));
        fixture.given(LAUNCHED)
                .when(new AmendProgramme(REGIO_AKTIV, APRIL_2025, List.of(),
                        List.of(area("A", "Eingliederung in Arbeit", APRIL_2025)), List.of(new FundingArea("K")),
                        null))
                .expectEvents(amended);

        var areas = ProgrammeAreas.of(List.of(LAUNCHED, amended));
        assertThat(areas.titleOn(new FundingArea("A"), LocalDate.of(2025, 3, 31))).hasValue("Aktive Eingliederung");
        assertThat(areas.titleOn(new FundingArea("A"), APRIL_2025)).hasValue("Eingliederung in Arbeit");
        assertThat(areas.offers(new FundingArea("K"), LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(areas.offers(new FundingArea("K"), APRIL_2025)).isFalse();
    }

    @Test
    void adding_an_area_the_programme_already_has_is_rejected() {
        fixture.given(LAUNCHED)
                .when(new AmendProgramme(REGIO_AKTIV, APRIL_2025, List.of(area("A", "Noch einmal", APRIL_2025)),
                        List.of(), List.of(), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void closing_an_area_the_programme_does_not_have_on_that_day_is_rejected() {
        fixture.given(LAUNCHED)
                .when(new AmendProgramme(REGIO_AKTIV, APRIL_2025, List.of(), List.of(),
                        List.of(new FundingArea("M")), null))
                .expectException(rejected(Rejection.Kind.INVALID, "closeAreas"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_outside_the_programme_period_is_rejected() {
        fixture.given(LAUNCHED)
                .when(new AmendProgramme(REGIO_AKTIV, LocalDate.of(2028, 1, 1),
                        List.of(area("L", "Fachkräftesicherung", APRIL_2025)), List.of(), List.of(), null))
                .expectException(rejected(Rejection.Kind.INVALID, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_before_the_latest_one_is_rejected() {
        fixture.given(LAUNCHED, new ProgrammeAmended(REGIO_AKTIV, 1, APRIL_2025,
                        List.of(area("L", "Fachkräftesicherung", APRIL_2025)), List.of(), List.of()))
                .when(new AmendProgramme(REGIO_AKTIV, LocalDate.of(2024, 1, 1),
                        List.of(area("M", "Integration", APRIL_2025)), List.of(), List.of(), null))
                .expectException(rejected(Rejection.Kind.INVALID, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_based_on_a_stale_version_is_rejected() {
        fixture.given(LAUNCHED)
                .when(new AmendProgramme(REGIO_AKTIV, APRIL_2025,
                        List.of(area("L", "Fachkräftesicherung", APRIL_2025)), List.of(), List.of(), 3L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
    }

    @Test
    void an_office_of_another_network_does_not_amend_the_programme() {
        fixture.given(new ProgrammeLaunched(new ProgrammeId("regio-aktiv"), "REGIO AKTIV",
                        new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31)), Euro.of("140000000"),
                        List.of()))
                .when(new AmendProgramme(new ProgrammeId("regio-aktiv"), LocalDate.of(2025, 4, 1),
                        List.of(new AreaDefinition(new FundingArea("L"), "Fachkräftesicherung",
                                LocalDate.of(2025, 4, 1))), List.of(), List.of(), null),
                        Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }
}
