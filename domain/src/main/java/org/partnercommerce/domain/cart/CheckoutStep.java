package org.partnercommerce.domain.cart;

import java.util.Objects;
import org.partnercommerce.domain.order.CheckoutResult;

/** What to do after asking a cart to check out: call Partner Center with the attempt's request id, or answer the result there is. */
public sealed interface CheckoutStep permits CheckoutStep.Started, CheckoutStep.Resumed, CheckoutStep.AlreadyOrdered {

    /** A new checkout: call Partner Center with this attempt's request id. */
    record Started(CheckoutAttempt attempt) implements CheckoutStep {
        public Started {
            Objects.requireNonNull(attempt, "attempt");
        }
    }

    /** A checkout was already pending: call Partner Center again with its own request id, never a new one. */
    record Resumed(CheckoutAttempt attempt) implements CheckoutStep {
        public Resumed {
            Objects.requireNonNull(attempt, "attempt");
        }
    }

    /** The cart is ordered: this is its checkout's result, the same every time. */
    record AlreadyOrdered(CheckoutResult result) implements CheckoutStep {
        public AlreadyOrdered {
            Objects.requireNonNull(result, "result");
        }
    }
}
