package de.regionet.kernel.cooperation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of one organisation's partnership in a cooperation body, from admission to withdrawal. */
public record PartnerId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PartnerId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a partner id is a non-blank identifier of at most 64 characters");
        }
    }

    public static PartnerId random() {
        return new PartnerId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
