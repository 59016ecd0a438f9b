package de.regionet.kernel.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SHA-256 of an agreement's text, as 64 hexadecimal characters (stored in lower case). The text itself is a
 * document kept outside the event store; its hash in the events proves which text was signed or amended.
 */
public record DocumentHash(@JsonValue String value) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public DocumentHash {
        value = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (value == null || !SHA_256.matcher(value).matches()) {
            throw new IllegalArgumentException("a document's SHA-256 is 64 hexadecimal characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
