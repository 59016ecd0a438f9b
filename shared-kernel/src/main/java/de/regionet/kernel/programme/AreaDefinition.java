package de.regionet.kernel.programme;

import de.regionet.kernel.Require;

import de.regionet.kernel.TextLimits;
import java.time.LocalDate;

/** A funding area as a programme defines it: its letter, its title, and the day from which the programme has it. */
public record AreaDefinition(FundingArea code, String title, LocalDate from) {

    public AreaDefinition {
        Require.present(code, "code");
        title = Require.text(title, "title", TextLimits.NAME);
        Require.present(from, "from");
    }
}
