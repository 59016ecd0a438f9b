package de.regionet.command.programme;

import de.regionet.command.stream.StoredStreams;
import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeEvent;
import de.regionet.kernel.programme.ProgrammeId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link Programmes} folded from the programme's stream. */
@Component
class ProgrammesInStore implements Programmes {

    private final StoredStreams streams;

    ProgrammesInStore(StoredStreams streams) {
        this.streams = streams;
    }

    @Override
    public Optional<ProgrammeAreas> areas(ProgrammeId programme) {
        var areas = new ProgrammeAreas();
        streams.payloads(programme.value()).stream().filter(ProgrammeEvent.class::isInstance)
                .map(ProgrammeEvent.class::cast).forEach(areas::apply);
        return areas.launched() ? Optional.of(areas) : Optional.empty();
    }
}
