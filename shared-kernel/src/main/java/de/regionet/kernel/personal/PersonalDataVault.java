package de.regionet.kernel.personal;

import java.util.List;
import java.util.Optional;

/**
 * Where the keys of the data subjects live, apart from the events (ADR 0022). It seals a subject's data with the
 * subject's own key and opens it again as long as the key exists; {@link #erase} destroys the key, after which
 * every copy of the subject's data, in events, snapshots, read models, exports and backups, stays unreadable.
 * People are found by a keyed blind index of their normalised e-mail address, never by the address itself, and
 * users by a keyed pseudonym of their user name. A subject is the unit of erasure: one record about a person (its
 * contact details, one registration) or one user; a person known by an address may hold several.
 */
public interface PersonalDataVault {

    /**
     * A new subject with a key of its own for one record about a person (a contact person, a registration), found
     * again by the blind index of {@code email} where one is given ({@code null}: by none). A person holds one
     * subject per record, so that one record can be erased when its time is up while the others stay.
     */
    SubjectId newSubject(String email);

    /** Every subject recorded under this e-mail address and not erased: everything kept about that person. */
    List<SubjectId> subjectsByEmail(String email);

    /**
     * The stable pseudonymous subject of a user, the same on every node and every call for the same name; the
     * user name itself is kept sealed under it, so {@link #userName} answers it until the user is erased.
     */
    SubjectId userSubject(String userName);

    /** The user name a user subject stands for; empty once erased (or for a subject that is no user). */
    Optional<String> userName(SubjectId subject);

    /** {@code text} sealed with the subject's key; {@code null} for {@code null}. */
    Sealed seal(SubjectId subject, String text);

    /** The text, or empty where the subject's key was destroyed (erased) or is unknown. */
    Optional<String> open(Sealed sealed);

    boolean isErased(SubjectId subject);

    /**
     * Destroys the subject's key and its index entries: its data cannot be read again anywhere. Erasing an erased
     * subject changes nothing.
     *
     * @return true if this call erased it, false if it was erased before
     */
    boolean erase(SubjectId subject);

    /** The text of a piece of personal data that may be absent: {@code null} stays {@code null}. */
    default Optional<String> openNullable(Sealed sealed) {
        return sealed == null ? Optional.empty() : open(sealed);
    }
}
