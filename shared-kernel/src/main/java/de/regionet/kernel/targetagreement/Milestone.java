package de.regionet.kernel.targetagreement;

import de.regionet.kernel.Require;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An interim target: the value an indicator should have reached by {@code date}. */
public record Milestone(LocalDate date, BigDecimal value) {

    public Milestone {
        Require.present(date, "date");
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("a milestone's value is a number of at least 0");
        }
    }
}
