package org.partnercommerce.domain.cart;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.order.CheckoutResult;

/**
 * Where a cart's checkout stands: not started (perhaps refused before), pending with the
 * request id it will use upstream until it ends, or completed with its result. A completed
 * checkout whose result has failed order groups can be checked out again: that re-attempt is
 * pending with a request id of its own and the result so far, and completes with the two
 * merged. The cart is {@code Ordered} once every group is ordered, {@code Active} before.
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

    /**
     * Decided, not known to have ended: it is driven to its end with this attempt's request id.
     *
     * @param earlier for a re-attempt, what the earlier checkouts made (orders and the failed
     *                groups this attempt re-attempts); empty for the cart's first checkout
     */
    record Pending(CheckoutAttempt attempt, Optional<CheckoutResult> earlier) implements CheckoutState {
        public Pending {
            Objects.requireNonNull(attempt, "attempt");
            earlier = Objects.requireNonNullElse(earlier, Optional.empty());
        }

        /** The cart's first checkout. */
        public Pending(CheckoutAttempt attempt) {
            this(attempt, Optional.empty());
        }

        public boolean isReattempt() {
            return earlier.isPresent();
        }
    }

    /**
     * Ended with a result: every order the cart made, and the errors of the groups that failed
     * (which a checkout again re-attempts). With no failed group, the cart is ordered.
     *
     * @param attempt the last attempt: the first checkout, or the latest re-attempt
     */
    record Completed(CheckoutAttempt attempt, CheckoutResult result, Instant completedAt) implements CheckoutState {
        public Completed {
            Objects.requireNonNull(attempt, "attempt");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(completedAt, "completedAt");
        }
    }
}
