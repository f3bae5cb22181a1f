package org.partnercommerce.domain.cart;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.order.CheckoutResult;

/**
 * Where a cart's checkout stands: not started (perhaps refused before), pending with the
 * request id it will use upstream until it ends, or completed with its result. The cart is
 * {@code Ordered} once completed, {@code Active} before.
 */
public sealed interface CheckoutState permits CheckoutState.NotStarted, CheckoutState.Pending, CheckoutState.Completed {

    static NotStarted notStarted() {
        return new NotStarted(Optional.empty());
    }

    /** No checkout under way; the last one Partner Center refused, if any. */
    record NotStarted(Optional<CheckoutRefusal> lastRefusal) implements CheckoutState {
        public NotStarted {
            lastRefusal = Objects.requireNonNullElse(lastRefusal, Optional.empty());
        }
    }

    /** Decided, not known to have ended: it is driven to its end with this attempt's request id. */
    record Pending(CheckoutAttempt attempt) implements CheckoutState {
        public Pending {
            Objects.requireNonNull(attempt, "attempt");
        }
    }

    /** Ended with a result: the cart is ordered. */
    record Completed(CheckoutAttempt attempt, CheckoutResult result, Instant completedAt) implements CheckoutState {
        public Completed {
            Objects.requireNonNull(attempt, "attempt");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(completedAt, "completedAt");
        }
    }
}
