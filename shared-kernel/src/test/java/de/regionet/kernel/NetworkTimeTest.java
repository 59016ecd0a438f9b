package de.regionet.kernel;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkTimeTest {

    /** 23:30 UTC on New Year's Eve is already half past midnight of the new year in Berlin. */
    private static final Instant NEW_YEAR_IN_BERLIN = Instant.parse("2025-12-31T23:30:00Z");

    @Test
    void today_is_berlins_day_whatever_zone_the_clock_runs_in() {
        assertThat(NetworkTime.today(Clock.fixed(NEW_YEAR_IN_BERLIN, ZoneOffset.UTC))).isEqualTo("2026-01-01");
        assertThat(NetworkTime.today(Clock.fixed(NEW_YEAR_IN_BERLIN, ZoneId.of("America/New_York"))))
                .isEqualTo("2026-01-01");
        assertThat(NetworkTime.today(Clock.fixed(NEW_YEAR_IN_BERLIN, NetworkTime.ZONE))).isEqualTo("2026-01-01");
    }

    @Test
    void this_month_is_the_month_of_berlins_today() {
        assertThat(NetworkTime.thisMonth(Clock.fixed(NEW_YEAR_IN_BERLIN, ZoneOffset.UTC)))
                .isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void a_day_runs_from_berlins_midnight_to_the_next_also_across_a_change_to_summer_time() {
        var shortDay = LocalDate.of(2026, 3, 29);
        assertThat(NetworkTime.startOf(shortDay)).isEqualTo("2026-03-28T23:00:00Z");
        assertThat(NetworkTime.endOf(shortDay)).isEqualTo("2026-03-29T22:00:00Z");
        assertThat(NetworkTime.dayOf(NetworkTime.endOf(shortDay))).isEqualTo(shortDay.plusDays(1));
        assertThat(NetworkTime.dayOf(NetworkTime.endOf(shortDay).minusNanos(1))).isEqualTo(shortDay);
    }
}
