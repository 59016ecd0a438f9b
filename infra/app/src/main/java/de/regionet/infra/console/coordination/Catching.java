package de.regionet.infra.console.coordination;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Lets a page shown right after its own form was saved wait, briefly, for the read model to hold what was saved:
 * the command is stored when the form's POST returns, but projections follow the event store a moment later, and a
 * person who has just saved expects to see it. Waits at most {@link #PATIENCE}; then the page shows what is there.
 */
final class Catching {

    static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final long STEP_MILLIS = 25;

    private Catching() {
    }

    static void up(BooleanSupplier caughtUp) {
        var until = System.nanoTime() + PATIENCE.toNanos();
        while (!caughtUp.getAsBoolean() && System.nanoTime() < until) {
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
