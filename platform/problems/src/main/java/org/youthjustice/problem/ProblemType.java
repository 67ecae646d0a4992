package org.youthjustice.problem;

/**
 * The stable problem types of the platform's APIs (RFC 9457 {@code type}); a client may switch on them.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request could not be read"),
    INVALID_REQUEST(400, "invalid-request", "The request has invalid fields"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid access token is required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict with the record's current state"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    RULE_VIOLATION(422, "rule-violation", "The request breaks one or more rules"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side"),
    UNAVAILABLE(503, "unavailable", "Temporarily unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "The service did not answer in time");

    public static final String PREFIX = "urn:youth-justice:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public String title() {
        return title;
    }
}
