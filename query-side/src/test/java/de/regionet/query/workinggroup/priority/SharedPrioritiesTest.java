package de.regionet.query.workinggroup.priority;

import de.regionet.query.workinggroup.priority.PrioritiesView.Priority;
import de.regionet.query.workinggroup.priority.SharedPriorities.RegionRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The state-wide view: which priorities and funding areas how many regions share. */
class SharedPrioritiesTest {

    private static final RegionRef DESSAU = new RegionRef("15001", "Dessau-Roßlau");
    private static final RegionRef MAGDEBURG = new RegionRef("15003", "Magdeburg");
    private static final RegionRef SALZLAND = new RegionRef("15089", "Salzlandkreis");
    private static final RegionRef BOERDE = new RegionRef("15083", "Börde");

    @Test
    void regions_share_a_priority_whatever_its_spelling_and_are_counted_once() {
        var byRegion = new LinkedHashMap<RegionRef, List<Priority>>();
        byRegion.put(SALZLAND, List.of(new Priority("Übergang Schule–Beruf", List.of("A", "I")),
                new Priority("Fachkräftesicherung", List.of("C"))));
        byRegion.put(DESSAU, List.of(new Priority("ÜBERGANG SCHULE - BERUF", List.of("A"))));
        byRegion.put(MAGDEBURG, List.of(new Priority("übergang schule-beruf", List.of("B")),
                new Priority("Digitale Kompetenzen", List.of("B"))));
        byRegion.put(BOERDE, List.of());

        var shared = SharedPriorities.of(LocalDate.of(2024, 5, 1), byRegion);

        assertThat(shared.regionsWithPriorities()).isEqualTo(3);
        assertThat(shared.priorities()).extracting(SharedPriorities.SharedPriority::regionCount)
                .containsExactly(3, 1, 1);
        var transition = shared.priorities().get(0);
        assertThat(transition.title()).as("spelt as the region with the lowest key spells it")
                .isEqualTo("ÜBERGANG SCHULE - BERUF");
        assertThat(transition.regions()).containsExactly(DESSAU, MAGDEBURG, SALZLAND);
        assertThat(transition.fundingAreas()).containsExactly("A", "B", "I");
        assertThat(shared.priorities().get(1).title()).as("equal counts in title order")
                .isEqualTo("Digitale Kompetenzen");

        assertThat(shared.fundingAreas()).extracting(SharedPriorities.SharedFundingArea::fundingArea)
                .containsExactly("A", "B", "C", "I");
        var areaB = shared.fundingAreas().get(1);
        assertThat(areaB.regionCount()).as("a region with two priorities in B counts once").isEqualTo(1);
        assertThat(shared.fundingAreas().get(0).regions()).containsExactly(DESSAU, SALZLAND);
    }

    @Test
    void without_priorities_the_view_is_empty() {
        var byRegion = new LinkedHashMap<RegionRef, List<Priority>>();
        byRegion.put(BOERDE, List.of());
        var shared = SharedPriorities.of(LocalDate.of(2024, 5, 1), byRegion);
        assertThat(shared.regionsWithPriorities()).isZero();
        assertThat(shared.priorities()).isEmpty();
        assertThat(shared.fundingAreas()).isEmpty();
    }
}
