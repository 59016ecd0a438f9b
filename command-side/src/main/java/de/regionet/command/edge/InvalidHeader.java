package de.regionet.command.edge;

/**
 * A request header whose value is not of the form it must have ({@code Idempotency-Key}, {@code If-Match}); the
 * web edge answers 400 naming the header. Which value a well-formed header names is the command's business
 * (a version that does not match is 412, a key reused for another request 422).
 */
public class InvalidHeader extends IllegalArgumentException {

    private final String header;

    public InvalidHeader(String header, String message) {
        super(message);
        this.header = header;
    }

    public String header() {
        return header;
    }

    /**
     * Refuses a value with anything but printable ASCII, or longer than {@code maxLength}: what RFC 9110 allows in
     * these headers, and what a client can be expected to send again byte for byte.
     */
    static void requirePrintableAscii(String header, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidHeader(header, header + " must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new InvalidHeader(header, header + " may hold printable ASCII characters only");
            }
        }
    }
}
