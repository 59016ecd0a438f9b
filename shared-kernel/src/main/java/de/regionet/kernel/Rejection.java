package de.regionet.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * A command refused by a domain rule. The message is written for the user who sent the command; the
 * {@link Kind} tells the API how to answer (conflict, unknown target, stale version, invalid request, a sender
 * who may not do this, a request that must name the version it is based on and did not).
 */
public class Rejection extends RuntimeException {

    /** Why a command was refused, independent of any transport. */
    public enum Kind { CONFLICT, NOT_FOUND, STALE_VERSION, INVALID, FORBIDDEN, PRECONDITION_REQUIRED }

    private final Kind kind;
    private final String field;
    /** Set once, where the rejection is made ({@link #saying}); {@code null}: the message has no key. */
    private String textKey;
    private List<String> textArguments = List.of();

    public Rejection(Kind kind, String message) {
        this(kind, null, message);
    }

    public Rejection(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field the rejection is about, or {@code null} when it concerns the request as a whole. */
    public String field() {
        return field;
    }

    /**
     * The key of this rejection's text in the API's problem texts and the values it names, so that the API can
     * answer it in the client's language ({@code i18n/problems*.properties}, key {@code problems.<key>}, the
     * arguments as {@code {0}}, {@code {1}}, ...). The message stays the English text, for logs and tests.
     */
    public Rejection saying(String key, Object... arguments) {
        this.textKey = key;
        this.textArguments = Arrays.stream(arguments).map(String::valueOf).toList();
        return this;
    }

    /** The key of this rejection's text, or {@code null} when it has none. */
    public String textKey() {
        return textKey;
    }

    /** The values the text names, in order. */
    public List<String> textArguments() {
        return textArguments;
    }

    public static Rejection conflict(String message) {
        return new Rejection(Kind.CONFLICT, message);
    }

    public static Rejection notFound(String message) {
        return new Rejection(Kind.NOT_FOUND, message);
    }

    public static Rejection invalid(String field, String message) {
        return new Rejection(Kind.INVALID, field, message);
    }

    /** The sender may not send this command, or not for this region. */
    public static Rejection forbidden(String message) {
        return new Rejection(Kind.FORBIDDEN, message);
    }

    /** The request must name the version it is based on ({@code field}, e.g. {@code If-Match}), and did not. */
    public static Rejection preconditionRequired(String field, String message) {
        return new Rejection(Kind.PRECONDITION_REQUIRED, field, message);
    }

    public static Rejection staleVersion(long expected, long actual) {
        return new Rejection(Kind.STALE_VERSION,
                "the request was based on version " + expected + ", but the current version is " + actual)
                .saying("stale-version", expected, actual);
    }
}
