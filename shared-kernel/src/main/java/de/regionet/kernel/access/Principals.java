package de.regionet.kernel.access;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.SubjectId;

import java.util.Set;

/**
 * How a principal is named where it is stored (ADR 0022): a person's user name is personal data, so commands and the
 * events they cause name the user by its pseudonymous subject ({@code u-…}, {@link PersonalDataVault#userSubject}),
 * and views open the name again as long as the user is not erased. RegioNet's own system principals are no persons
 * and keep their names: {@value #IMPORT} (a history import from the command line) and {@value #DEMO} (the demo data).
 * The signed-in {@link Actor} keeps its user name in memory (sign-in, page headers); only {@link #stored} goes into
 * {@link EventMetaData#PRINCIPAL}.
 */
public final class Principals {

    /** The principal of a history import run from the command line. */
    public static final String IMPORT = "import";

    /** The principal of the demo data, imported at start with the demo profile. */
    public static final String DEMO = "demo";

    private static final Set<String> SYSTEM = Set.of(IMPORT, DEMO);

    private Principals() {
    }

    /** Whether {@code principal} is RegioNet itself rather than a person. */
    public static boolean isSystem(String principal) {
        return SYSTEM.contains(principal);
    }

    /** Whether {@code principal} is a user's pseudonymous subject, as stored since issue 21. */
    public static boolean isPseudonym(String principal) {
        try {
            return principal != null && new SubjectId(principal).isUser();
        } catch (IllegalArgumentException noSubject) {
            return false;
        }
    }

    /**
     * The principal as it is stored: a user name becomes its pseudonym; a pseudonym or a system principal stays as
     * it is, so calling this twice changes nothing.
     */
    public static String stored(String principal, PersonalDataVault vault) {
        return isSystem(principal) || isPseudonym(principal) ? principal : vault.userSubject(principal).value();
    }

    /** The actor as it travels in command metadata and is stored: named by {@link #stored}. */
    public static Actor stored(Actor actor, PersonalDataVault vault) {
        var principal = stored(actor.subject(), vault);
        return principal.equals(actor.subject()) ? actor
                : actor.named(principal);
    }
}
