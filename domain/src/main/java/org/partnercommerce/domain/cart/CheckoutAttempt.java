package org.partnercommerce.domain.cart;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.customer.PartnerId;

/**
 * A checkout of a cart, from the moment it was decided: the {@code MS-RequestId} every call of it
 * uses, when it started, and, when an indirect reseller started it with its own token, its
 * PartnerId: the orders it makes count against that reseller's purchase cap, whoever completes it.
 */
public record CheckoutAttempt(RequestId requestId, Instant startedAt, Optional<PartnerId> buyingReseller) {

    public CheckoutAttempt {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(startedAt, "startedAt");
        buyingReseller = Objects.requireNonNullElse(buyingReseller, Optional.empty());
    }

    /** A checkout started by the partner's own systems. */
    public CheckoutAttempt(RequestId requestId, Instant startedAt) {
        this(requestId, startedAt, Optional.empty());
    }
}
