package de.regionet.kernel.cooperation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a local cooperation body. */
public record CooperationBodyId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CooperationBodyId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException(
                    "a cooperation body id is a non-blank identifier of at most 64 characters");
        }
    }

    public static CooperationBodyId random() {
        return new CooperationBodyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
