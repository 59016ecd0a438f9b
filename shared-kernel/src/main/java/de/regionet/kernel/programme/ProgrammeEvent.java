package de.regionet.kernel.programme;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.network.NetworkId;

import java.time.LocalDate;
import java.util.List;

/** Facts in a programme's stream; {@link ProgrammeAreas} folds them into the areas the programme has on a day. */
public sealed interface ProgrammeEvent {

    ProgrammeId programmeId();

    /** Launched in {@code network}; programmes launched before networks name none: they are Saxony-Anhalt's. */
    record ProgrammeLaunched(ProgrammeId programmeId, String name, Period period, Euro budget,
                             List<AreaDefinition> areas, NetworkId network) implements ProgrammeEvent {

        public ProgrammeLaunched {
            network = network == null ? NetworkId.SACHSEN_ANHALT : network;
        }

        public ProgrammeLaunched(ProgrammeId programmeId, String name, Period period, Euro budget,
                                 List<AreaDefinition> areas) {
            this(programmeId, name, period, budget, areas, null);
        }
    }

    /**
     * Amendment {@code amendment} (numbered from 1) in effect from {@code effectiveFrom}: areas added (each from
     * that day), retitled (the new title from that day) and closed (the last day they are part of the programme is
     * the day before).
     */
    record ProgrammeAmended(ProgrammeId programmeId, int amendment, LocalDate effectiveFrom,
                            List<AreaDefinition> added, List<AreaDefinition> retitled, List<FundingArea> closed)
            implements ProgrammeEvent {
    }
}
