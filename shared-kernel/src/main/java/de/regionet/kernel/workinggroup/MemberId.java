package de.regionet.kernel.workinggroup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a membership in a working group: one organisation's seat, from admission to withdrawal. */
public record MemberId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MemberId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a member id is a non-blank identifier of at most 64 characters");
        }
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
