package de.regionet.infra.audit;

import de.regionet.kernel.Rejection;

import java.time.Instant;

/**
 * The record time an audit read asks about ({@code knownAt}): what the record said at that instant, or, for a date,
 * at the end of that day in Berlin. A value that is neither is refused as the parameter it is (400, naming it).
 */
public record KnownAt(Instant instant) {

    /** Spring turns the query parameter into this; what throws here answers 400 naming {@code knownAt}. */
    public static KnownAt valueOf(String text) {
        try {
            return new KnownAt(AuditTime.endOf(text, "knownAt"));
        } catch (Rejection notATime) {
            throw new IllegalArgumentException(notATime.getMessage());
        }
    }
}
