package de.regionet.infra.console.coordination;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days as a form's date field sends them ({@code yyyy-MM-dd}); an empty field means today, as in the API. */
final class FormDays {

    private FormDays() {
    }

    static LocalDate day(String field, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return NetworkTime.today(clock);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Rejection.invalid(field, value + " is not a day (yyyy-mm-dd)");
        }
    }

    /** A day the person must give; {@code null} when the field is empty. */
    static LocalDate given(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Rejection.invalid(field, value + " is not a day (yyyy-mm-dd)");
        }
    }
}
