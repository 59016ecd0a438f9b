package de.regionet.command.edge;

import de.regionet.kernel.Rejection;

/** Aggregate versions as HTTP entity tags: version 3 travels as {@code ETag: "3"}. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names; {@code null} when absent or {@code *}. A header that names no
     * version of ours can never match, so it is refused as stale (412) rather than ignored; a value that is no
     * entity tag at all (not printable ASCII, or longer than any tag we issue) is a malformed header (400).
     */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        InvalidHeader.requirePrintableAscii("If-Match", ifMatch, 200);
        var tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new Rejection(Rejection.Kind.STALE_VERSION, "If-Match",
                    "If-Match must name a version this API issued as ETag, e.g. \"3\"");
        }
    }
}
