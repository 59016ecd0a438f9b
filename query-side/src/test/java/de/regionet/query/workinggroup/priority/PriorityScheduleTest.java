package de.regionet.query.workinggroup.priority;

import de.regionet.query.workinggroup.priority.PrioritiesView.Adoption;
import de.regionet.query.workinggroup.priority.PrioritiesView.Priority;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which adopted priorities hold when: a later adoption supersedes overlapping earlier ones from its start. */
class PriorityScheduleTest {

    private static Adoption adoption(String resolution, String from, String to) {
        return new Adoption(resolution, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                List.of(new Priority("Schwerpunkt " + resolution, List.of("A"))));
    }

    private static String holdingOn(PrioritySchedule schedule, String day) {
        return schedule.on(LocalDate.parse(day)).map(PrioritySchedule.Entry::resolutionId).orElse(null);
    }

    @Test
    void priorities_hold_within_their_period_only() {
        var schedule = PrioritySchedule.of(List.of(adoption("r1", "2023-01-01", "2025-12-31")));
        assertThat(holdingOn(schedule, "2022-12-31")).isNull();
        assertThat(holdingOn(schedule, "2023-01-01")).isEqualTo("r1");
        assertThat(holdingOn(schedule, "2025-12-31")).isEqualTo("r1");
        assertThat(holdingOn(schedule, "2026-01-01")).isNull();
    }

    @Test
    void a_later_adoption_supersedes_an_overlapping_one_from_its_start() {
        var schedule = PrioritySchedule.of(List.of(adoption("r1", "2023-01-01", "2025-12-31"),
                adoption("r2", "2024-07-01", "2027-06-30")));
        assertThat(holdingOn(schedule, "2024-06-30")).isEqualTo("r1");
        assertThat(holdingOn(schedule, "2024-07-01")).isEqualTo("r2");
        assertThat(holdingOn(schedule, "2027-06-30")).isEqualTo("r2");
        assertThat(schedule.entries().get(0).validUntil()).isEqualTo(LocalDate.parse("2024-06-30"));
        assertThat(schedule.entries().get(0).superseded()).isFalse();
    }

    @Test
    void superseded_priorities_do_not_come_back_when_the_later_period_ends() {
        var schedule = PrioritySchedule.of(List.of(adoption("r1", "2023-01-01", "2025-12-31"),
                adoption("r2", "2024-01-01", "2024-06-30")));
        assertThat(holdingOn(schedule, "2024-03-01")).isEqualTo("r2");
        assertThat(holdingOn(schedule, "2024-09-01")).isNull();
    }

    @Test
    void an_adoption_from_the_same_day_or_earlier_replaces_an_overlapping_one_whole() {
        var schedule = PrioritySchedule.of(List.of(adoption("r1", "2023-01-01", "2025-12-31"),
                adoption("r2", "2023-01-01", "2025-12-31")));
        assertThat(holdingOn(schedule, "2023-01-01")).isEqualTo("r2");
        assertThat(schedule.entries().get(0).superseded()).isTrue();
    }

    @Test
    void adoptions_that_do_not_overlap_each_hold_in_their_period() {
        var schedule = PrioritySchedule.of(List.of(adoption("r1", "2026-01-01", null),
                adoption("r2", "2023-01-01", "2025-12-31")));
        assertThat(holdingOn(schedule, "2024-01-01")).isEqualTo("r2");
        assertThat(holdingOn(schedule, "2030-01-01")).isEqualTo("r1");
    }

    @Test
    void an_open_ended_adoption_ends_where_a_later_one_begins() {
        var schedule = PrioritySchedule.of(List.of(adoption("r1", "2023-01-01", null),
                adoption("r2", "2028-01-01", null)));
        assertThat(holdingOn(schedule, "2027-12-31")).isEqualTo("r1");
        assertThat(holdingOn(schedule, "2040-01-01")).isEqualTo("r2");
    }
}
