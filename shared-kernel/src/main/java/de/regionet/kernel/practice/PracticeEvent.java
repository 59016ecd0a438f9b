package de.regionet.kernel.practice;

import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.project.Audience;

import java.time.LocalDate;

/**
 * Facts in the stream of an example of good practice, each in its region where it names one. Events of an example
 * shared with the public carry the metadata {@code audience: PUBLIC}
 * ({@link de.regionet.kernel.EventMetaData#AUDIENCE}); the others name their audience there too.
 */
public sealed interface PracticeEvent {

    PracticeId practiceId();

    /** An example of good practice was described in {@code network}, shared with {@code audience}. */
    record PracticeDescribed(PracticeId practiceId, NetworkId network, PracticeContent content, Audience audience,
                             LocalDate describedOn) implements PracticeEvent {
    }

    /** The example now says {@code content} and is shared with {@code audience}. */
    record PracticeRevised(PracticeId practiceId, PracticeContent content, Audience audience, LocalDate revisedOn)
            implements PracticeEvent {
    }

    /** The example was taken back ({@code reason} may be {@code null}); the history keeps it. */
    record PracticeWithdrawn(PracticeId practiceId, String reason, LocalDate withdrawnOn) implements PracticeEvent {
    }
}
