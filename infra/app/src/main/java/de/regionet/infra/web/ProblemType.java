package de.regionet.infra.web;

import java.net.URI;
import java.util.Arrays;

/**
 * The catalogue of problem kinds the machine interfaces answer with: each has a stable {@code type} URI,
 * {@code /problems/<kind>}, a title and its status. Clients branch on the type, never on the detail text.
 * {@code docs/problems.md} describes when each is answered; keep both in step.
 */
public enum ProblemType {

    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    INVALID_INPUT("invalid-input", 400, "Invalid input"),
    INVALID_HEADER("invalid-header", 400, "Invalid header"),
    UNAUTHENTICATED("unauthenticated", 401, "Unauthenticated"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict"),
    CONTRADICTS_RECORDED_DECISIONS("contradicts-recorded-decisions", 409, "Contradicts recorded decisions"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
    CONTENT_TOO_LARGE("content-too-large", 413, "Content too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    RULE_VIOLATED("rule-violated", 422, "Rule violated"),
    MISDIRECTED_REQUEST("misdirected-request", 421, "Misdirected request"),
    UPGRADE_REQUIRED("upgrade-required", 426, "Upgrade required"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    INTERNAL_ERROR("internal-error", 500, "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable");

    private final String kind;
    private final int status;
    private final String title;

    ProblemType(String kind, int status, String title) {
        this.kind = kind;
        this.status = status;
        this.title = title;
    }

    /** The relative type URI, e.g. {@code /problems/invalid-input}. */
    public URI type() {
        return URI.create("/problems/" + kind);
    }

    public String kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /**
     * The usual kind for a status no more specific knowledge is available for: the first of the catalogue with
     * that status, else the generic client or server error kind.
     */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST);
    }

    /** The detail a client gets when nothing more specific can be said, in the user's words. */
    public String defaultDetail() {
        return switch (this) {
            case MALFORMED_REQUEST -> "the request is malformed";
            case INVALID_INPUT -> "the request is invalid";
            case INVALID_HEADER -> "a request header is invalid";
            case UNAUTHENTICATED -> "sign in first: send Authorization: Bearer <token>";
            case FORBIDDEN -> "you may not do this";
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "this method is not allowed here";
            case NOT_ACCEPTABLE -> "no representation matches the Accept header";
            case CONFLICT -> "the request conflicts with the current state";
            case CONTRADICTS_RECORDED_DECISIONS -> "the fact contradicts decisions already recorded; record it as a "
                    + "correction to mark them as affected";
            case PRECONDITION_FAILED -> "the precondition of the request does not hold";
            case CONTENT_TOO_LARGE -> "the request body is too large";
            case UNSUPPORTED_MEDIA_TYPE -> "send the body as application/json in UTF-8";
            case RULE_VIOLATED -> "the request breaks a rule";
            case MISDIRECTED_REQUEST -> "this node does not do this (regionet.roles); send the request to a node that does";
            case UPGRADE_REQUIRED -> "this endpoint speaks WebSocket (STOMP) only";
            case PRECONDITION_REQUIRED -> "send If-Match with the version you read";
            case TOO_MANY_REQUESTS -> "too many requests; retry later";
            case INTERNAL_ERROR -> "an unexpected error occurred";
            case SERVICE_UNAVAILABLE -> "the service is not available at the moment; retry later";
        };
    }
}
