package org.partnercommerce.emulator.wire;

import org.partnercommerce.emulator.http.Response;

/**
 * 429: Partner Center's throttling answer, whose body is not an ApiFault (reference §0.4, §4.4):
 * {@code {"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}} plus
 * {@code Retry-After}. Thrown by an armed 429 fault; there are no rate buckets (yet).
 */
public final class RateLimitExceeded extends RuntimeException {

    private final int retryAfterSeconds;

    public RateLimitExceeded(int retryAfterSeconds) {
        super("Rate limit is exceeded. Try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Response toResponse() {
        return Json.response(429, new Body(429, getMessage()))
                .withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }

    private record Body(int statusCode, String message) {
    }
}
