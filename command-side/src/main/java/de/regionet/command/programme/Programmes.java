package de.regionet.command.programme;

import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeId;

import java.util.Optional;

/**
 * The programmes as other aggregates check them: a call asks which funding areas a programme has on a day. Read
 * from the programme's stream as stored, without taking the programme's lock.
 */
public interface Programmes {

    /** The programme's areas through time, or empty if no programme has this id. */
    Optional<ProgrammeAreas> areas(ProgrammeId programme);
}
