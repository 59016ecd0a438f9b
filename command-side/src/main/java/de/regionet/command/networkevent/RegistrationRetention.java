package de.regionet.command.networkevent;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.networkevent.Schedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Locale;

/**
 * How long a registration's personal data is kept (ADR 0022): {@code regionet.personal-data.registration-retention}
 * (default {@code P6M}) after the event's end, and at least {@code regionet.personal-data.import-grace} (default
 * {@code P30D}) after the registration was recorded, so that one recorded for an event long past (a history import,
 * a late recording) is not erased the moment it is stored. Both are ISO-8601: a period ({@code P6M}, {@code P30D})
 * counted in Berlin's calendar, or a duration ({@code PT2S}, for tests).
 */
@Component
class RegistrationRetention {

    private final TemporalAmount afterEvent;
    private final TemporalAmount afterRecording;

    RegistrationRetention(@Value("${regionet.personal-data.registration-retention:P6M}") String afterEvent,
                                 @Value("${regionet.personal-data.import-grace:P30D}") String afterRecording) {
        this.afterEvent = amount(afterEvent, "regionet.personal-data.registration-retention");
        this.afterRecording = amount(afterRecording, "regionet.personal-data.import-grace");
    }

    /** When the participant data of a registration recorded at {@code recordedAt} for {@code schedule} expires. */
    Instant expiryOf(Schedule schedule, Instant recordedAt) {
        var afterEnd = schedule.endsAt().plus(afterEvent).toInstant();
        var afterRecorded = recordedAt.atZone(NetworkTime.ZONE).plus(afterRecording).toInstant();
        return afterEnd.isAfter(afterRecorded) ? afterEnd : afterRecorded;
    }

    private static TemporalAmount amount(String text, String property) {
        try {
            var value = text.strip().toUpperCase(Locale.ROOT);
            TemporalAmount amount = value.contains("T") ? Duration.parse(value) : Period.parse(value);
            if (amount instanceof Duration duration && duration.isNegative()
                    || amount instanceof Period period && period.isNegative()) {
                throw new IllegalArgumentException(property + " must not be negative: " + text);
            }
            return amount;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + " is an ISO-8601 period or duration (P6M, P30D, PT2S): "
                    + text, e);
        }
    }
}
