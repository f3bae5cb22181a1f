package org.partnercommerce.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * What Partner Center answered when it did not do what was asked, as the core needs to
 * tell it apart. {@link #code()} is Partner Center's error code where it gave one; the
 * description is Partner Center's own text.
 */
public abstract sealed class PartnerCenterException extends RuntimeException {

    private final String code;

    private PartnerCenterException(String code, String description) {
        super(description, null, false, false);
        this.code = code;
    }

    /** Partner Center's error code ({@code 400013}, {@code 800064}, ...), or null when it gave none. */
    public String code() {
        return code;
    }

    public String description() {
        return getMessage();
    }

    /** What was asked for does not exist (a product, SKU, availability, customer, cart, order). */
    public static final class NotFound extends PartnerCenterException {
        public NotFound(String code, String description) {
            super(code, description);
        }
    }

    /** The request itself was refused as invalid. */
    public static final class Rejected extends PartnerCenterException {
        public Rejected(String code, String description) {
            super(code, description);
        }
    }

    /** The partner may not do this (a segment or view it is not allowed, a role without the right). */
    public static final class Forbidden extends PartnerCenterException {
        public Forbidden(String code, String description) {
            super(code, description);
        }
    }

    /** The request conflicts with the state of the resource (a cart being processed by another request). */
    public static final class Conflict extends PartnerCenterException {
        public Conflict(String code, String description) {
            super(code, description);
        }
    }

    /**
     * Partner Center could not be reached or kept failing (timeouts, 5xx, throttling, an open
     * circuit) after the retries allowed. Whether the work was done is unknown.
     */
    public static final class Unavailable extends PartnerCenterException {

        private final Duration retryAfter;

        public Unavailable(String code, String description, Duration retryAfter) {
            super(code, description);
            this.retryAfter = retryAfter;
        }

        /** When it is sensible to try again, when known. */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /** Partner Center answered in a way this service cannot use (its credentials refused, an unreadable body). */
    public static final class BadGateway extends PartnerCenterException {
        public BadGateway(String code, String description) {
            super(code, description);
        }
    }
}
