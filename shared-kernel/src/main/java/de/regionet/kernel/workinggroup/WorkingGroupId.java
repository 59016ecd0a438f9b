package de.regionet.kernel.workinggroup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a regional working group (RAK). */
public record WorkingGroupId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WorkingGroupId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a working group id is a non-blank identifier of at most 64 characters");
        }
    }

    public static WorkingGroupId random() {
        return new WorkingGroupId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
