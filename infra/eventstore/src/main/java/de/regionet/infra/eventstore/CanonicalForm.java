package de.regionet.infra.eventstore;

import de.regionet.infra.eventstore.EventDocuments.Content;
import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

/**
 * What an event's hash is computed over, per {@link HashVersion}. Both forms take the stored strings exactly as
 * stored (payload and metadata are JSON text, hashed as text, not re-parsed), so what is stored is what is hashed.
 */
final class CanonicalForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CanonicalForm() {
    }

    /**
     * Version 1: every field as {@code <length>:<value>} in a fixed order (an absent value as {@code -1:}), lengths
     * in UTF-16 code units. Hashed as UTF-8, where Java writes a lone surrogate as {@code ?}: well-defined, but it
     * is why a store round trip could change an event's hash, and why version 2 replaced it.
     */
    static String v1(Content content, long position, String previousHash) {
        var canonical = new StringBuilder(256 + content.payload().length() + content.metaData().length());
        for (var field : new String[]{Long.toString(position), content.aggregateType(), content.aggregateId(),
                Long.toString(content.sequence()), content.eventId(), content.timestamp(), content.payloadType(),
                content.payloadRevision(), content.payload(), content.metaData(), previousHash}) {
            if (field == null) {
                canonical.append("-1:");
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
        }
        return canonical.toString();
    }

    /**
     * Version 2: the RFC 8785 (JSON Canonicalization Scheme) form of one JSON object holding the hashed fields:
     * {@code position} and {@code sequence} as numbers, the others as strings, an absent value as {@code null}.
     * JCS sorts the keys by UTF-16 code units, writes no whitespace, escapes in strings only {@code "}, {@code \}
     * and the control characters below U+0020, and numbers in their shortest form.
     *
     * @throws IllegalArgumentException when a field is not well-formed Unicode
     */
    static String v2(Content content, long position, String previousHash) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("position", position);
        fields.put("aggregateType", content.aggregateType());
        fields.put("aggregateId", content.aggregateId());
        fields.put("sequence", content.sequence());
        fields.put("eventId", content.eventId());
        fields.put("timestamp", content.timestamp());
        fields.put("payloadType", content.payloadType());
        fields.put("payloadRevision", content.payloadRevision());
        fields.put("payload", content.payload());
        fields.put("metaData", content.metaData());
        fields.put("previousHash", previousHash);
        fields.forEach((name, value) -> {
            if (value instanceof String text && !wellFormed(text)) {
                throw new IllegalArgumentException("the event's " + name + " is not well-formed Unicode (it holds "
                        + "a lone surrogate), so it has no UTF-8 form to hash");
            }
        });
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(fields)).getEncodedString();
        } catch (IOException e) {
            throw new IllegalStateException("the hashed fields do not canonicalise as JSON", e);
        }
    }

    /** The text's UTF-8 bytes; never a substitute for text that has none. */
    static byte[] utf8(String text) {
        try {
            var bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return toArray(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text that is not well-formed Unicode has no UTF-8 form", e);
        }
    }

    private static byte[] toArray(ByteBuffer buffer) {
        var bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
