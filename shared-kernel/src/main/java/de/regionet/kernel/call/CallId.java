package de.regionet.kernel.call;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a call for projects (Aufruf, Wettbewerbsverfahren) in one region and funding area. */
public record CallId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CallId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a call id is a non-blank identifier of at most 64 characters");
        }
    }

    public static CallId random() {
        return new CallId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
