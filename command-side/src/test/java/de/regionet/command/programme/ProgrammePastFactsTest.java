package de.regionet.command.programme;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
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

/**
 * REGIO AKTIV recorded today with its history: launched for 2021–2027 with area A from June 2022, amended with L and
 * M from 2025. An amendment is judged by the areas the programme had on the day it takes effect.
 */
class ProgrammePastFactsTest {

    private static final ProgrammeId REGIO_AKTIV = new ProgrammeId("regio-aktiv");
    private static final FundingArea A = new FundingArea("A");
    private static final FundingArea L = new FundingArea("L");
    private static final FundingArea M = new FundingArea("M");
    private static final Period PERIOD = new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31));
    private static final LocalDate JAN_1_2025 = LocalDate.of(2025, 1, 1);
    private static final List<AreaDefinition> AREAS =
            List.of(new AreaDefinition(A, "Aktive Eingliederung", LocalDate.of(2022, 6, 21)));
    private static final ProgrammeLaunched LAUNCHED = new ProgrammeLaunched(REGIO_AKTIV, "REGIO AKTIV", PERIOD,
            Euro.of("140000000"), AREAS);
    private static final List<AreaDefinition> L_AND_M = List.of(
            new AreaDefinition(L, "Fachkräftesicherung", JAN_1_2025),
            new AreaDefinition(M, "Transformation", JAN_1_2025));
    private static final ProgrammeAmended AMENDED = new ProgrammeAmended(REGIO_AKTIV, 1, JAN_1_2025, L_AND_M,
            List.of(), List.of());

    private FixtureConfiguration<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @Test
    void a_programme_of_2021_is_launched_with_its_areas_as_of_their_days() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgramme(REGIO_AKTIV, "REGIO AKTIV", PERIOD, Euro.of("140000000"), AREAS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(LAUNCHED);
    }

    @Test
    void the_amendment_of_2025_adds_l_and_m_from_its_day() {
        fixture.given(LAUNCHED)
                .when(new AmendProgramme(REGIO_AKTIV, JAN_1_2025, L_AND_M, List.of(), List.of(), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(AMENDED);
    }

    @Test
    void an_area_cannot_be_closed_on_a_day_before_it_was_added() {
        fixture.given(LAUNCHED, AMENDED)
                .when(new AmendProgramme(REGIO_AKTIV, LocalDate.of(2025, 6, 1), List.of(), List.of(), List.of(A),
                        null))
                .expectSuccessfulHandlerExecution();
        fixture.given(LAUNCHED)
                .when(new AmendProgramme(REGIO_AKTIV, LocalDate.of(2024, 6, 1), List.of(), List.of(), List.of(L),
                        null))
                .expectException(rejected(Rejection.Kind.INVALID, "closeAreas"))
                .expectExceptionMessage("the programme has no funding area L on 2024-06-01")
                .expectNoEvents();
    }

    @Test
    void an_amendment_cannot_take_effect_before_the_last_one() {
        fixture.given(LAUNCHED, AMENDED)
                .when(new AmendProgramme(REGIO_AKTIV, LocalDate.of(2024, 6, 1), List.of(), List.of(), List.of(A),
                        null))
                .expectException(rejected(Rejection.Kind.INVALID, "effectiveFrom"))
                .expectNoEvents();
    }
}
