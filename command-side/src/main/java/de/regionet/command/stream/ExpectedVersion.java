package de.regionet.command.stream;

import de.regionet.kernel.Rejection;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * Optimistic concurrency on the decision itself: a command based on an older version of its aggregate than the
 * current one is refused. Between this check and the append, the event store's unique sequence numbers refuse a
 * concurrent writer, so no update is lost either way.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /** Call from inside an aggregate's command handling; {@code null} means the sender set no condition. */
    public static void check(Long expected) {
        if (expected == null) {
            return;
        }
        var current = AggregateLifecycle.getVersion();
        long actual = current == null ? -1 : current;
        if (expected != actual) {
            throw Rejection.staleVersion(expected, actual);
        }
    }
}
