package de.regionet.kernel.programme;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.network.NetworkId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/** Commands to a {@code Programme}; programmes are the network office's. */
public sealed interface ProgrammeCommand {

    ProgrammeId programmeId();

    Long expectedVersion();

    /**
     * Sets up a programme of {@code network} (an office of one network may leave it out) for {@code period} with its
     * budget and the funding areas it starts with.
     */
    @SentBy(NETWORK_OFFICE)
    record LaunchProgramme(@TargetAggregateIdentifier ProgrammeId programmeId, String name, Period period,
                           Euro budget, List<AreaDefinition> areas, NetworkId network) implements ProgrammeCommand {
        public LaunchProgramme {
            Require.present(programmeId, "programmeId");
            name = Require.text(name, "name", TextLimits.NAME);
            Require.present(period, "period");
            Require.present(budget, "budget");
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        public LaunchProgramme(ProgrammeId programmeId, String name, Period period, Euro budget,
                               List<AreaDefinition> areas) {
            this(programmeId, name, period, budget, areas, null);
        }

        @Override
        public Long expectedVersion() {
            return null;
        }
    }

    /**
     * Amends the programme from {@code effectiveFrom}: adds areas, gives areas a new title, closes areas. Checks of
     * a funding area on a day before {@code effectiveFrom} keep using the programme as it stood then.
     */
    @SentBy(NETWORK_OFFICE)
    record AmendProgramme(@TargetAggregateIdentifier ProgrammeId programmeId, LocalDate effectiveFrom,
                          List<AreaDefinition> addAreas, List<AreaDefinition> retitleAreas,
                          List<FundingArea> closeAreas, Long expectedVersion) implements ProgrammeCommand {
        public AmendProgramme {
            Require.present(programmeId, "programmeId");
            Require.present(effectiveFrom, "effectiveFrom");
            addAreas = addAreas == null ? List.of() : List.copyOf(addAreas);
            retitleAreas = retitleAreas == null ? List.of() : List.copyOf(retitleAreas);
            closeAreas = closeAreas == null ? List.of() : List.copyOf(closeAreas);
            if (addAreas.isEmpty() && retitleAreas.isEmpty() && closeAreas.isEmpty()) {
                throw new IllegalArgumentException("an amendment adds, retitles or closes at least one area");
            }
        }
    }
}
