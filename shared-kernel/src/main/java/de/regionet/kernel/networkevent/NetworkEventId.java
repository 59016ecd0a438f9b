package de.regionet.kernel.networkevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a network event (conference, workshop, regional conference) of the network office. */
public record NetworkEventId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public NetworkEventId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a network event id is a non-blank identifier of at most 64 characters");
        }
    }

    public static NetworkEventId random() {
        return new NetworkEventId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
