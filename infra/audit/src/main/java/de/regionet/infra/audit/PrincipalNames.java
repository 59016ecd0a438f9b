package de.regionet.infra.audit;

import de.regionet.kernel.access.Principals;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.SubjectId;

import java.util.HashMap;
import java.util.function.Function;

/**
 * Who a stored principal is, as the views that say who did something show it (ADR 0022): a user's pseudonym opened
 * to its user name as long as the user is not erased, "erased" after; a system principal by its own name. Events
 * stored before issue 21 name the user in plain text; they are shown like newer ones, by the pseudonym's name, so an
 * erased user is shown erased there too, although the old bytes still hold the name. Views outside the audit
 * module read who did something from the answers built here ({@link RecordedEvent}).
 */
class PrincipalNames {

    private final PersonalDataVault vault;

    PrincipalNames(PersonalDataVault vault) {
        this.vault = vault;
    }

    /**
     * A principal as it is shown.
     *
     * @param subject the principal as events name it today: a pseudonym ({@code u-…}) or a system principal;
     *                {@code null} for an event no principal caused
     * @param name    the user name, or the system principal's name; {@code null} where erased or none
     * @param erased  whether the user was erased, so that no name can be shown
     */
    record Named(String subject, String name, boolean erased) {

        static final Named NOBODY = new Named(null, null, false);
    }

    /** The principal a stored event's metadata names ({@code null}: none), as it is shown. */
    Named of(String stored) {
        if (stored == null || stored.isBlank()) {
            return Named.NOBODY;
        }
        if (Principals.isSystem(stored)) {
            return new Named(stored, stored, false);
        }
        var subject = Principals.stored(stored, vault);
        var name = vault.userName(new SubjectId(subject));
        return new Named(subject, name.orElse(null), name.isEmpty());
    }

    /**
     * {@link #of} for the events of one answer: each principal is looked up once, however many of its events the
     * answer shows, and an erasure is seen by the next answer.
     */
    Function<String, Named> forOneAnswer() {
        var named = new HashMap<String, Named>();
        return stored -> stored == null ? Named.NOBODY : named.computeIfAbsent(stored, this::of);
    }
}
