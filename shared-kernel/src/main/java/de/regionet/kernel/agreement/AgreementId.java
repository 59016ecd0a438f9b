package de.regionet.kernel.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a cooperation agreement. */
public record AgreementId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AgreementId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("an agreement id is a non-blank identifier of at most 64 characters");
        }
    }

    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
