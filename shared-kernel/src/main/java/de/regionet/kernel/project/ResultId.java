package de.regionet.kernel.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a project result (Projektergebnis) as recorded; a correction is a result of its own. */
public record ResultId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ResultId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a result id is a non-blank identifier of at most 64 characters");
        }
    }

    public static ResultId random() {
        return new ResultId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
