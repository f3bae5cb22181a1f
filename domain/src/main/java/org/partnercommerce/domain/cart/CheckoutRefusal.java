package org.partnercommerce.domain.cart;

import java.time.Instant;
import java.util.Objects;

/**
 * A definite "no" from Partner Center to a checkout (an answer, not a timeout): nothing was
 * ordered, the cart stays {@code Active}, and a later checkout uses a new request id.
 */
public record CheckoutRefusal(RequestId requestId, String code, String description, Instant refusedAt) {

    public CheckoutRefusal {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(code, "code");
        description = description == null ? "" : description;
        Objects.requireNonNull(refusedAt, "refusedAt");
    }
}
