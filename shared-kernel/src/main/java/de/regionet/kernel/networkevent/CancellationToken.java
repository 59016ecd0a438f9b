package de.regionet.kernel.networkevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a registration's personal cancellation link ({@code /veranstaltungen/{id}/abmeldung/{token}}):
 * 256 random bits, base64url. Whoever holds it may give the registration back without signing in, so it is shown
 * once, in the answer to the registration, and stored nowhere but as its {@link #hash() SHA-256}; a leaked store
 * gives nobody a link. {@link #toString()} withholds it.
 */
public record CancellationToken(@JsonValue String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CancellationToken {
        if (value == null || !value.matches("[A-Za-z0-9_-]{22,100}")) {
            throw new IllegalArgumentException("a cancellation token is 22 to 100 base64url characters");
        }
    }

    public static CancellationToken random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new CancellationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether {@code text} has the form of a token (a link's path segment may be anything). */
    public static boolean isToken(String text) {
        return text != null && text.matches("[A-Za-z0-9_-]{22,100}");
    }

    /** The personal cancellation link's path: the portal page that asks, then gives the registration back. */
    public String linkFor(NetworkEventId event) {
        return "/veranstaltungen/" + event.value() + "/abmeldung/" + value;
    }

    /** The token's SHA-256, hex: what events keep in its place. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "CancellationToken[withheld]";
    }
}
