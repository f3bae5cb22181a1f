package org.partnercommerce.domain.order;

import java.time.Instant;
import java.util.Objects;

/** Where a page of orders ends: its last order's creation date and id (orders run newest first). */
public record OrderCursor(Instant creationDate, OrderId orderId) {

    public OrderCursor {
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(orderId, "orderId");
    }
}
