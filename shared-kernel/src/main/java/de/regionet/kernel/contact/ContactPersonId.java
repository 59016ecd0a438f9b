package de.regionet.kernel.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of one contact person's record: who is the contact of an office or a working group's chair. */
public record ContactPersonId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ContactPersonId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a contact person id is a non-blank identifier of at most 64 characters");
        }
    }

    public static ContactPersonId random() {
        return new ContactPersonId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
