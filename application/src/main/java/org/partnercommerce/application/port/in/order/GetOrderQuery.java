package org.partnercommerce.application.port.in.order;

import java.util.Objects;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderId;

public record GetOrderQuery(Caller caller, CustomerId customerId, OrderId orderId) {

    public GetOrderQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
    }
}
