package org.partnercommerce.application.port.in.subscription;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderId;

/** A customer's subscriptions, all of them or those one order created ({@code ?order_id=}), and who asks. */
public record SubscriptionsQuery(Caller caller, CustomerId customerId, Optional<OrderId> orderId) {

    public SubscriptionsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        orderId = Objects.requireNonNullElse(orderId, Optional.empty());
    }
}
