package de.regionet.command.workinggroup;

import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.Outcome;

/** What the working group answers to a decision command, besides its new version. */
interface DecisionAnswer {

    long version();

    /** A resolution was recorded with this outcome. */
    record Resolution(long version, Outcome outcome) implements DecisionAnswer {
    }

    /** A written procedure was opened or answered; {@code outcome} is {@code null} while it is still open. */
    record Circulation(long version, int circulation, Outcome outcome) implements DecisionAnswer {
    }

    /** Priorities for action were adopted for this region. */
    record Priorities(long version, RegionKey regionKey) implements DecisionAnswer {
    }
}
