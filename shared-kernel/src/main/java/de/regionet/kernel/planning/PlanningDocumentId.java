package de.regionet.kernel.planning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a region's planning document (Handlungsplan, Umsetzungskonzept) through all its versions. */
public record PlanningDocumentId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PlanningDocumentId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException(
                    "a planning document id is a non-blank identifier of at most 64 characters");
        }
    }

    public static PlanningDocumentId random() {
        return new PlanningDocumentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
