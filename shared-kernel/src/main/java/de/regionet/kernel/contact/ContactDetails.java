package de.regionet.kernel.contact;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a contact person is reached by: name (required), function, telephone and e-mail (each optional). Personal
 * data in plain text, so it lives in memory only, inside a command; events carry it sealed. Invalid values are
 * refused naming the field, never repeating the value, and {@link #toString()} shows none of them.
 */
public record ContactDetails(String name, String function, String telephone, String email) {

    public static final int MAX_TELEPHONE = 40;
    public static final int MAX_EMAIL = 254;
    /** Digits, spaces and the signs a German number is written with: {@code +49 (0)3471 684-0}, {@code 0391/567}. */
    public static final String TELEPHONE = "[0-9 +()/.\\-]*[0-9][0-9 +()/.\\-]*";
    /** A pragmatic address check (one {@code @}, a dotted domain, no spaces); the mailbox itself is not verified. */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private static final Pattern TELEPHONE_PATTERN = Pattern.compile(TELEPHONE);
    private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);

    public ContactDetails {
        name = Require.text(name, "name", TextLimits.NAME);
        function = Require.optionalText(function, "function", TextLimits.NAME);
        telephone = Require.optionalText(telephone, "telephone", MAX_TELEPHONE);
        email = Require.optionalText(email, "email", MAX_EMAIL);
        if (telephone != null && !TELEPHONE_PATTERN.matcher(telephone).matches()) {
            throw new IllegalArgumentException("telephone may hold digits, spaces and + ( ) / . - only");
        }
        if (email != null && !EMAIL_PATTERN.matcher(email).matches()) {
            throw new IllegalArgumentException("email must be an e-mail address such as name@example.org");
        }
    }

    /** Whether {@code other} names the same e-mail address (ignoring case and surrounding space), or both none. */
    public boolean sameEmail(String other) {
        return email == null ? other == null || other.isBlank()
                : other != null && email.toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "ContactDetails[personal data left out]";
    }
}
