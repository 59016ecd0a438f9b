package de.regionet.query.readmodel;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.query.readmodel.VersionedCollection.Entry;
import de.regionet.query.readmodel.VersionedCollection.Versioned;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The two times a read is asked at: {@code asOf}, the day whose state it shows (valid time), and {@code knownAt},
 * the instant whose record it reads (record time, {@link KnownAt}). Either, both or neither may be given;
 * {@code knownAt} picks the document as recorded then and {@code asOf} is applied to it.
 */
public record ReadTime(LocalDate asOf, KnownAt knownAt) {

    public static ReadTime of(LocalDate asOf, KnownAt knownAt) {
        return new ReadTime(asOf, knownAt);
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
        var entry = knownAt == null ? current : collection.knownAt(id, knownAt.instant()).orElseThrow(
                () -> Rejection.notFound(what + " was not yet recorded at " + knownAt));
        if (asOf != null && !entry.existedOn(asOf)) {
            throw Rejection.notFound(what + " did not exist yet on " + asOf);
        }
        return entry;
    }

    /** Every document at this read time: as recorded at {@code knownAt}, existing on {@code asOf}. */
    public <T extends Versioned> List<T> all(VersionedCollection<T> collection) {
        return collection.entries(knownAt == null ? null : knownAt.instant()).stream()
                .filter(entry -> asOf == null || entry.existedOn(asOf)).map(Entry::document).toList();
    }
}
