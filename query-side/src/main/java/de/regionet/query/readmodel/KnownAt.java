package de.regionet.query.readmodel;

import de.regionet.kernel.NetworkTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code knownAt} parameter of a read: the instant whose record it reads (record time). Written as an ISO-8601
 * instant ({@code 2024-06-01T12:00:00Z}, any offset) or as a day ({@code 2024-06-01}), meaning everything recorded
 * by the end of that day in Europe/Berlin. Spring binds request parameters through {@link #valueOf}, so a value
 * that is neither is refused with a 400 problem naming the parameter.
 *
 * @param instant the last instant whose records count
 * @param given   the value as the reader wrote it, for answers that name it
 */
public record KnownAt(Instant instant, String given) {

    public static KnownAt valueOf(String given) {
        var value = given.strip();
        try {
            if (value.length() == 10) {
                return new KnownAt(NetworkTime.endOf(LocalDate.parse(value)).minusNanos(1), value);
            }
            return new KnownAt(OffsetDateTime.parse(value).toInstant(), value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("knownAt must be an ISO-8601 instant such as 2024-06-01T12:00:00Z "
                    + "or a day such as 2024-06-01 (its end in Europe/Berlin)");
        }
    }

    @Override
    public String toString() {
        return given;
    }
}
