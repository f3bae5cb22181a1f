package org.partnercommerce.adapter.in.rest.problem;

/** The kinds of problem our API answers with: a stable {@code type} URI, a title and a status each. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "The request is invalid", 400),
    UNAUTHENTICATED("unauthenticated", "A valid bearer token is required", 401),
    FORBIDDEN("forbidden", "The caller may not do this", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    CONFLICT("conflict", "Conflict with the resource's state", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The request body must be JSON", 415),
    RULE_VIOLATION("rule-violation", "The request breaks a purchase rule", 422),
    PURCHASE_CAP_EXCEEDED("purchase-cap-exceeded", "The purchase would exceed a purchase cap", 422),
    RATE_LIMITED("rate-limited", "Too many requests from this caller", 429),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "A request with this Idempotency-Key is in flight", 409),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was used for another request", 422),
    PARTNER_CENTER_REJECTED("partner-center-rejected", "Partner Center refused the request", 400),
    PARTNER_CENTER_FORBIDDEN("partner-center-forbidden", "Partner Center does not allow this", 403),
    PARTNER_CENTER_CONFLICT("partner-center-conflict", "Partner Center reports a conflict", 409),
    PARTNER_CENTER_BAD_GATEWAY("partner-center-bad-gateway", "Partner Center answered unusably", 502),
    PARTNER_CENTER_UNAVAILABLE("partner-center-unavailable", "Partner Center is unavailable", 503),
    OVERLOADED("overloaded", "The service is busy", 503),
    DATABASE_UNAVAILABLE("database-unavailable", "The service's database is unavailable", 503),
    CHECKOUT_IN_PROGRESS("checkout-in-progress", "The cart is being checked out by another request", 503),
    ORDER_IN_PROGRESS("order-in-progress", "The order is being placed by another request", 503),
    INTERNAL_ERROR("internal-error", "An unexpected error occurred", 500);

    private static final String PREFIX = "urn:partner-commerce:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The problem type of a bare HTTP status the framework answered with. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> RULE_VIOLATION;
            case 429 -> RATE_LIMITED;
            case 502 -> PARTNER_CENTER_BAD_GATEWAY;
            case 503 -> PARTNER_CENTER_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
        };
    }
}
