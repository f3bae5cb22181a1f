package org.partnercommerce.domain.cart;

import java.time.Instant;
import java.util.Objects;

/** A checkout of a cart, from the moment it was decided: the {@code MS-RequestId} every call of it uses, and when it started. */
public record CheckoutAttempt(RequestId requestId, Instant startedAt) {

    public CheckoutAttempt {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
