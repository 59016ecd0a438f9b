package de.regionet.infra.web;

import java.text.Normalizer;

/**
 * What text a request may carry: well-formed Unicode (no unpaired surrogate), no NUL, no C0 or C1 control
 * character and no DEL; tab, line feed and carriage return only in multi-line text. Accepted text is normalised
 * to NFC once, here, so equal text is stored as equal code points whichever way a client composed it.
 */
final class ValidText {

    private ValidText() {
    }

    /** Why {@code text} is refused, in the user's words, or {@code null} when it is valid. */
    static String refusal(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate (U+" + hex(c) + "), which is not valid Unicode";
            } else if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiLine) {
                    return "must be a single line: no tab, line feed or carriage return (U+" + hex(c) + ")";
                }
            } else if (c == 0) {
                return "contains a NUL character (U+0000)";
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return "contains the control character U+" + hex(c);
            }
        }
        return null;
    }

    static String normalised(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
