package de.regionet.query.readmodel;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.query.readmodel.VersionedCollection.Entry;
import de.regionet.query.readmodel.VersionedCollection.Versioned;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The two times a read is asked at: {@code asOf}, the day whose state it shows (valid time), and {@code knownAt},
 * the instant whose record it reads (record time: an ISO-8601 instant, or a day meaning that day's end in the
 * network's zone). Either, both or neither may be given; {@code knownAt} picks the document as recorded then and
 * {@code asOf} is applied to it.
 *
 * @param knownAtGiven the {@code knownAt} parameter as the reader wrote it, for the answers that name it
 */
public record ReadTime(LocalDate asOf, Instant knownAt, String knownAtGiven) {

    /** Reads {@code knownAt}; a value that is neither an instant nor a day is refused naming the parameter. */
    public static ReadTime of(LocalDate asOf, String knownAt) {
        if (knownAt == null || knownAt.isBlank()) {
            return new ReadTime(asOf, null, null);
        }
        var given = knownAt.strip();
        return new ReadTime(asOf, instantOf(given), given);
    }

    /** The day to show: {@code asOf}, or today by {@code clock}. */
    public LocalDate day(Clock clock) {
        return asOf != null ? asOf : NetworkTime.today(clock);
    }

    /**
     * The document {@code id} at this read time, or a 404 saying why: unknown ({@code "no " + what}), not yet
     * recorded at {@code knownAt}, or not yet in existence on {@code asOf}.
     */
    public <T extends Versioned> Entry<T> one(VersionedCollection<T> collection, String id, String what) {
        var current = collection.entry(id).orElseThrow(() -> Rejection.notFound("no " + what));
        var entry = knownAt == null ? current : collection.knownAt(id, knownAt).orElseThrow(
                () -> Rejection.notFound(what + " was not yet recorded at " + knownAtGiven));
        if (asOf != null && !entry.existedOn(asOf)) {
            throw Rejection.notFound(what + " did not exist yet on " + asOf);
        }
        return entry;
    }

    /** Every document at this read time: as recorded at {@code knownAt}, existing on {@code asOf}. */
    public <T extends Versioned> List<T> all(VersionedCollection<T> collection) {
        return collection.entries(knownAt).stream().filter(entry -> asOf == null || entry.existedOn(asOf))
                .map(Entry::document).toList();
    }

    private static Instant instantOf(String given) {
        try {
            if (given.length() == 10) {
                return NetworkTime.endOf(LocalDate.parse(given)).minusNanos(1);
            }
            return OffsetDateTime.parse(given).toInstant();
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("knownAt", "knownAt must be an ISO-8601 instant such as 2024-06-01T12:00:00Z "
                    + "or a day such as 2024-06-01 (its end in Europe/Berlin), not '" + given + "'");
        }
    }
}
