package org.partnercommerce.domain.cart;

import java.time.Instant;
import java.util.Objects;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderStatus;

/** How the checkout of one order group ended: an order was made, or an order error. */
public sealed interface GroupOutcome permits GroupOutcome.Ordered, GroupOutcome.Failed {

    /** The group's order was made. */
    record Ordered(OrderId orderId, OrderStatus status, Instant creationDate) implements GroupOutcome {
        public Ordered {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(creationDate, "creationDate");
        }
    }

    /** The group's order failed, with Partner Center's code and description. */
    record Failed(int code, String description) implements GroupOutcome {
    }
}
