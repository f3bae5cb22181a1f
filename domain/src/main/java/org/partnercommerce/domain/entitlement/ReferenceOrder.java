package org.partnercommerce.domain.entitlement;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.order.OrderId;

/** The order line an entitlement came from: the order, the line's number as Partner Center writes it, the order's alternate id. */
public record ReferenceOrder(OrderId id, String lineItemId, Optional<String> alternateId) {

    public ReferenceOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lineItemId, "lineItemId");
        alternateId = Objects.requireNonNullElse(alternateId, Optional.empty());
    }
}
