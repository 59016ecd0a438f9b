package de.regionet.kernel.targetagreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a target agreement (Zielvereinbarung) of a region for a period. */
public record TargetAgreementId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TargetAgreementId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException(
                    "a target agreement id is a non-blank identifier of at most 64 characters");
        }
    }

    public static TargetAgreementId random() {
        return new TargetAgreementId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
