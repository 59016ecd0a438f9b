package de.regionet.infra.audit;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Times in audit queries: an instant ({@code 2023-06-30T12:00:00Z}), a time with offset
 * ({@code 2023-06-30T14:00:00+02:00}), or a date, meaning that whole day in Berlin (the network's civil time).
 */
final class AuditTime {

    private AuditTime() {
    }

    /** The time, or the first instant of the day. */
    static Instant startOf(String text, String field) {
        return parse(text, field, false);
    }

    /** The time, or the last instant of the day. */
    static Instant endOf(String text, String field) {
        return parse(text, field, true);
    }

    private static Instant parse(String text, String field, boolean endOfDay) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATime) {
            try {
                var day = LocalDate.parse(text);
                return endOfDay ? NetworkTime.endOf(day).minusNanos(1) : NetworkTime.startOf(day);
            } catch (DateTimeParseException notADate) {
                throw Rejection.invalid(field, "'" + text + "' is neither a time such as 2023-06-30T12:00:00Z "
                        + "nor a date such as 2023-06-30");
            }
        }
    }
}
