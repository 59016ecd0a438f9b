package de.regionet.kernel.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a funding programme (Förderrichtlinie), e.g. REGIO AKTIV in the ESF+ period 2021–2027. */
public record ProgrammeId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProgrammeId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a programme id is a non-blank identifier of at most 64 characters");
        }
    }

    public static ProgrammeId random() {
        return new ProgrammeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
