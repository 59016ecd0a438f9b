package de.regionet.query.targetagreement;

import de.regionet.kernel.Rejection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Pattern;

/**
 * The span a reader asks about: a calendar year ({@code 2026}) or one day ({@code 2026-03-15}). An agreement
 * matches if its period shares a day with the span.
 */
record PeriodFilter(LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A year or a day; anything else is refused as invalid {@code period}. */
    static PeriodFilter parse(String period) {
        if (period != null && DAY.matcher(period).matches()) {
            try {
                var day = LocalDate.parse(period);
                return new PeriodFilter(day, day);
            } catch (DateTimeException invalid) {
                throw Rejection.invalid("period", period + " is not a day of the calendar");
            }
        }
        return year(period);
    }

    /** A calendar year, e.g. {@code 2026}; anything else is refused as invalid {@code period}. */
    static PeriodFilter year(String period) {
        if (period == null || !YEAR.matcher(period).matches()) {
            throw Rejection.invalid("period", "a period is a year (YYYY) or a day (YYYY-MM-DD)");
        }
        var year = Year.parse(period);
        return new PeriodFilter(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    boolean overlaps(TargetAgreementView agreement) {
        return !agreement.from().isAfter(to) && !agreement.to().isBefore(from);
    }
}
