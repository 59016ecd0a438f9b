package de.regionet.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The network works in German civil time: a network event's hours, "today" and "this month" are Berlin's. Every
 * day the system speaks of is a day here, whatever zone the server or a clock handed in runs in; the time itself
 * comes from the application's {@link Clock}, so a test can fix it.
 */
public final class NetworkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private NetworkTime() {
    }

    /** The network's current day by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** The network's current month by {@code clock}. */
    public static YearMonth thisMonth(Clock clock) {
        return YearMonth.from(today(clock));
    }

    /** The day {@code instant} falls on in the network. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of {@code day} in the network. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after {@code day}: a deadline or validity that runs "until" a day ends here. */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
