package de.regionet.kernel.networkevent;

import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;

/**
 * A registration's participant as events keep it: name and e-mail address each sealed under the registration's own
 * data subject (ADR 0022), so that destroying that subject's key, when the registration's time is up or on request,
 * erases them everywhere while the organisation and the registration itself stay.
 */
public record SealedParticipant(Sealed name, Sealed email) {

    public SealedParticipant {
        if (name == null || email == null) {
            throw new IllegalArgumentException("a sealed participant holds a name and an e-mail address");
        }
        if (!name.subject().equals(email.subject())) {
            throw new IllegalArgumentException("a participant's name and address are sealed under one subject");
        }
    }

    /** The data subject both are sealed under: the registration's. */
    public SubjectId subject() {
        return name.subject();
    }
}
