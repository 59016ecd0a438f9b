package de.regionet.kernel.targetagreement;

import de.regionet.kernel.Require;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An interim target: the value an indicator should have reached by {@code date}. */
public record Milestone(LocalDate date, BigDecimal value) {

    public Milestone {
        Require.present(date, "date");
        value = Require.quantity(value, "a milestone's value");
    }
}
