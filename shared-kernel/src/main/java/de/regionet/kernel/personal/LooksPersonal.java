package de.regionet.kernel.personal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether free text looks like it holds an e-mail address or a telephone number: personal data that belongs in the
 * contact person fields, where it is sealed, and not in a text that is kept in plain form forever (ADR 0022). A
 * telephone number is a {@code +} or {@code 0} followed by at least seven more digits, possibly grouped by spaces,
 * {@code /}, {@code -} or brackets ({@code 0391 567-1234}, {@code +49 (391) 5671234}); a date ({@code 01.02.2026}), a
 * postcode ({@code 06110}) or an official region key ({@code 15089}) is none.
 */
public final class LooksPersonal {

    public static final String EMAIL_ADDRESS = "email-address";
    public static final String TELEPHONE_NUMBER = "telephone-number";

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern TELEPHONE = Pattern.compile(
            "(?<![\\p{N}.,])(\\+|0)[\\s(]*\\p{N}([\\s/()-]*\\p{N}){6,}(?![\\p{N}.,]\\p{N})");

    private LooksPersonal() {
    }

    /** {@value #EMAIL_ADDRESS} or {@value #TELEPHONE_NUMBER} where the text holds one; empty otherwise. */
    public static Optional<String> kindIn(String text) {
        if (text == null || text.length() < 6) {
            return Optional.empty();
        }
        if (text.indexOf('@') >= 0 && EMAIL.matcher(text).find()) {
            return Optional.of(EMAIL_ADDRESS);
        }
        if (TELEPHONE.matcher(text).find()) {
            return Optional.of(TELEPHONE_NUMBER);
        }
        return Optional.empty();
    }
}
