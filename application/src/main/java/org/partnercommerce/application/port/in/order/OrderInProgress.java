package org.partnercommerce.application.port.in.order;

import java.time.Duration;

/**
 * Another request of ours is placing the same order (the same idempotency key) and has not ended
 * within the time this one waits for it. Nothing is wrong with Partner Center or with the request:
 * sent again after {@link #retryAfter()}, it answers the order placed.
 */
public final class OrderInProgress extends RuntimeException {

    private final Duration retryAfter;

    public OrderInProgress(Duration retryAfter) {
        super("This order is being placed by another request; send it again, with the same Idempotency-Key, in a moment.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
