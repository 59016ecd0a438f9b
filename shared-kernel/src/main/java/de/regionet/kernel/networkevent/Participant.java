package de.regionet.kernel.networkevent;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;

import java.util.regex.Pattern;

/**
 * The person who attends for a registration, as the registrant names them. Plain text, so it lives on commands
 * only, in memory: the aggregate seals it ({@link SealedParticipant}) before anything is stored (ADR 0022).
 * {@link #toString()} leaves name and address out, and no validation message repeats them, so neither a log line
 * nor a problem answer can carry them.
 */
public record Participant(String name, String email) {

    /** The longest address SMTP carries (RFC 5321 path limit). */
    public static final int MAX_EMAIL = 254;
    /** Something, an {@code @}, a domain with a dot: what a registration form can check without sending mail. */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    public Participant {
        name = Require.text(name, "participant.name", TextLimits.NAME);
        email = Require.text(email, "participant.email", MAX_EMAIL);
        if (!isEmailAddress(email)) {
            throw new IllegalArgumentException("participant.email is not an e-mail address");
        }
    }

    public static boolean isEmailAddress(String text) {
        return text != null && EMAIL.matcher(text.strip()).matches();
    }

    @Override
    public String toString() {
        return "Participant[personal data withheld]";
    }
}
