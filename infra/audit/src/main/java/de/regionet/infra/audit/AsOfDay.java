package de.regionet.infra.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The valid-time day an audit read asks about ({@code asOf}): the state on that day, judged by the day each fact
 * took effect. Until this version {@code asOf} was a record instant, so an instant is refused with a pointer to
 * {@code knownAt}, which asks that question now (400, naming {@code asOf}).
 */
public record AsOfDay(LocalDate day) {

    /** Spring turns the query parameter into this; what throws here answers 400 naming {@code asOf}. */
    public static AsOfDay valueOf(String text) {
        try {
            return new AsOfDay(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            throw new IllegalArgumentException(isInstant(text)
                    ? "asOf is a day such as 2022-08-01 (the state on that day); for what the record said at an "
                    + "instant, ask knownAt=" + text
                    : "'" + text + "' is no day such as 2022-08-01");
        }
    }

    private static boolean isInstant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notAnInstant) {
            return false;
        }
    }
}
