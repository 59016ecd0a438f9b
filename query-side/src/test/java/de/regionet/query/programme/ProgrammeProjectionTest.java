package de.regionet.query.programme;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeAreas.Stretch;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.query.programme.ProgrammeAsOf.AreaOnDay;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A programme's areas are answered as of any day, from the one fold of its events, idempotently. */
class ProgrammeProjectionTest {

    private static final ProgrammeId REGIO_AKTIV = new ProgrammeId("regio-aktiv");
    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final LocalDate AMENDMENT = LocalDate.of(2025, 4, 1);

    private InMemoryMongo mongo;
    private ProgrammeProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ProgrammeProjection(mongo.database("programmes"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void deliverHistory() {
        projection.on(new ProgrammeLaunched(REGIO_AKTIV, "REGIO AKTIV", new Period(START, LocalDate.of(2028, 12, 31)),
                Euro.of("42000000.00"), List.of(area("A", "Übergang Schule–Beruf", START),
                area("J", "Regionale Koordination", START), area("K", "Netzwerkstelle", START))), 0);
        projection.on(new ProgrammeAmended(REGIO_AKTIV, 1, AMENDMENT, List.of(area("L", "Fachkräfte", AMENDMENT)),
                List.of(area("A", "Übergänge gestalten", AMENDMENT)), List.of(new FundingArea("K"))), 1);
    }

    private static AreaDefinition area(String code, String title, LocalDate from) {
        return new AreaDefinition(new FundingArea(code), title, from);
    }

    private ProgrammeAsOf on(LocalDate day) {
        return ProgrammeAsOf.of(projection.programmes().find(REGIO_AKTIV.value()).orElseThrow(), day);
    }

    @Test
    void an_area_added_by_amendment_is_absent_the_day_before_it_takes_effect() {
        deliverHistory();
        assertThat(on(AMENDMENT.minusDays(1)).areas()).containsExactly(new AreaOnDay("A", "Übergang Schule–Beruf"),
                new AreaOnDay("J", "Regionale Koordination"), new AreaOnDay("K", "Netzwerkstelle"));
        assertThat(on(AMENDMENT).areas()).containsExactly(new AreaOnDay("A", "Übergänge gestalten"),
                new AreaOnDay("J", "Regionale Koordination"), new AreaOnDay("L", "Fachkräfte"));
    }

    @Test
    void the_timeline_shows_every_stretch_of_every_area() {
        deliverHistory();
        var programme = on(AMENDMENT);
        assertThat(programme.timeline().get(0).code()).isEqualTo("A");
        assertThat(programme.timeline().get(0).stretches()).containsExactly(
                new Stretch(START, AMENDMENT.minusDays(1), "Übergang Schule–Beruf"),
                new Stretch(AMENDMENT, null, "Übergänge gestalten"));
        assertThat(programme.timeline()).extracting(ProgrammeAsOf.AreaTimeline::code)
                .containsExactly("A", "J", "K", "L");
        assertThat(programme.amendments()).isEqualTo(1);
        assertThat(programme.budgetEuro()).isEqualByComparingTo("42000000.00");
        assertThat(programme.period().to()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void outside_its_period_a_programme_has_no_areas() {
        deliverHistory();
        assertThat(on(START.minusDays(1)).areas()).isEmpty();
    }

    @Test
    void delivering_the_history_again_changes_nothing() {
        deliverHistory();
        var once = projection.programmes().find(REGIO_AKTIV.value()).orElseThrow();
        deliverHistory();
        assertThat(projection.programmes().find(REGIO_AKTIV.value())).contains(once);
        assertThat(once.version()).isEqualTo(1);
        assertThat(once.amendments()).hasSize(1);
    }
}
