package de.regionet.kernel.practice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of an example of good practice (Gute-Praxis-Beispiel). */
public record PracticeId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PracticeId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a practice id is a non-blank identifier of at most 64 characters");
        }
    }

    public static PracticeId random() {
        return new PracticeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
