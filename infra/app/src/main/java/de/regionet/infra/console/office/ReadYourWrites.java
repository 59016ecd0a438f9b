package de.regionet.infra.console.office;

import de.regionet.query.readmodel.VersionedCollection;

/**
 * After a form post the office is sent to the page of what it just changed (post/redirect/get); the read models
 * follow the event store a moment later. Before redirecting, a console controller waits here, briefly and bounded,
 * until the read model holds the version the command answered, so the next page shows the change instead of the
 * state before it. If the projection is slower than that (a replay), the page shows what it has; nothing fails.
 */
public final class ReadYourWrites {

    private static final long PATIENCE_MILLIS = 3_000;
    private static final long STEP_MILLIS = 20;

    private ReadYourWrites() {
    }

    public static <T extends VersionedCollection.Versioned> void await(VersionedCollection<T> collection, String id,
                                                                long version) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (collection.find(id).map(T::version).orElse(-1L) < version
                && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
