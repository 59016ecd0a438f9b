package de.regionet.kernel.workinggroup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a resolution (Beschluss) of a working group, recorded from a meeting or a written procedure. */
public record ResolutionId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ResolutionId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a resolution id is a non-blank identifier of at most 64 characters");
        }
    }

    public static ResolutionId random() {
        return new ResolutionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
