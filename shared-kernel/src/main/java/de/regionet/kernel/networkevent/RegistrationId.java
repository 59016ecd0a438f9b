package de.regionet.kernel.networkevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of one organisation's registration for a network event, from registration to cancellation. */
public record RegistrationId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RegistrationId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a registration id is a non-blank identifier of at most 64 characters");
        }
    }

    public static RegistrationId random() {
        return new RegistrationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
