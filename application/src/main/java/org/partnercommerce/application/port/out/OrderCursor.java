package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.partnercommerce.domain.order.OrderId;

/** Where a page of orders ends: its last order's creation date and id (orders run newest first). */
public record OrderCursor(Instant creationDate, OrderId orderId) {

    public OrderCursor {
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(orderId, "orderId");
    }
}
