package de.regionet.kernel;

import java.time.LocalDate;

/**
 * A span of calendar days, {@code from} inclusive; {@code to} inclusive or {@code null} when open-ended.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Require.present(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
