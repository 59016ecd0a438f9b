package de.regionet.kernel.personal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/**
 * Identity of one data subject: a person whose data RegioNet keeps (a contact person, a participant, a user). It
 * says nothing about the person: {@code ds-<uuid>} for a person known by an e-mail address or by nothing, and
 * {@code u-<pseudonym>} for a signed-in user, the pseudonym being a keyed hash of the user name
 * ({@link PersonalDataVault#userSubject}). It is what events and read models carry in place of a name.
 */
public record SubjectId(@JsonValue String value) {

    private static final String PERSON = "ds-";
    private static final String USER = "u-";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SubjectId {
        if (value == null || !value.matches("(ds|u)-[A-Za-z0-9-]{8,60}")) {
            throw new IllegalArgumentException("a data subject id is 'ds-' or 'u-' and 8 to 60 letters, digits or '-'");
        }
    }

    public static SubjectId newPerson() {
        return new SubjectId(PERSON + UUID.randomUUID());
    }

    /** The subject of a user whose pseudonym is {@code pseudonym} (letters and digits). */
    public static SubjectId user(String pseudonym) {
        return new SubjectId(USER + pseudonym);
    }

    public boolean isUser() {
        return value.startsWith(USER);
    }

    @Override
    public String toString() {
        return value;
    }
}
