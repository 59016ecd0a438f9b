package de.regionet.command.edge;

import de.regionet.kernel.Rejection;

/**
 * The version a change is based on, as the client named it in {@code If-Match}. A controller takes it as a
 * parameter ({@link IfMatchResolver} reads the header), so every command endpoint judges the header the same way
 * and at the same point: after the body is bound and validated, before the command is built.
 *
 * @param sent    whether the request carried a non-blank {@code If-Match} header ({@code *} included)
 * @param version the version it names; {@code null} when absent or {@code *}, i.e. "whatever is current"
 */
public record IfMatch(boolean sent, Long version) {

    static final String HEADER = "If-Match";

    private static final IfMatch ABSENT = new IfMatch(false, null);

    /**
     * Reads a header value. A header that names no version of ours can never match, so it is refused as stale
     * (412) rather than ignored; a value that is no entity tag at all (not printable ASCII, or longer than any tag
     * we issue) is a malformed header (400).
     */
    public static IfMatch of(String header) {
        if (header == null || header.isBlank()) {
            return ABSENT;
        }
        if (header.strip().equals("*")) {
            return new IfMatch(true, null);
        }
        InvalidHeader.requirePrintableAscii(HEADER, header, 200);
        var tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return new IfMatch(true, Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new Rejection(Rejection.Kind.STALE_VERSION, HEADER,
                    "If-Match must name a version this API issued as ETag, e.g. \"3\"");
        }
    }

    /**
     * For a change that must not be made blindly (an edit that replaces a whole text): refuses a request without
     * the header as 428, with {@code why} telling the client what to send.
     */
    public IfMatch required(String why) {
        if (!sent) {
            throw Rejection.preconditionRequired(HEADER, why);
        }
        return this;
    }
}
