package org.partnercommerce.application.service.cart;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a claim on a cart lasts (longer than the slowest call to Partner Center, retries
 * included), how often a caller waiting for another's checkout looks again, and how long it
 * waits before it is told the checkout is still in progress.
 */
public record CheckoutTimings(Duration lease, Duration pollInterval, Duration waitForInFlight) {

    public CheckoutTimings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(waitForInFlight, "waitForInFlight");
        if (lease.isNegative() || lease.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("A lease and a poll interval are positive");
        }
    }

    /** How many times a caller waiting for another's checkout looks again before it is told to come back later. */
    public long pollsWhileWaiting() {
        return Math.max(1, waitForInFlight.toMillis() / pollInterval.toMillis());
    }
}
