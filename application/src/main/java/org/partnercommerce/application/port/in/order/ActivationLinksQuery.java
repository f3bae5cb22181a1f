package org.partnercommerce.application.port.in.order;

import java.util.Objects;
import java.util.OptionalInt;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderId;

/** The activation links of an order's lines, or of one line ({@code lineItemNumber}), and who asks. */
public record ActivationLinksQuery(Caller caller, CustomerId customerId, OrderId orderId, OptionalInt lineItemNumber) {

    public ActivationLinksQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
        lineItemNumber = Objects.requireNonNullElse(lineItemNumber, OptionalInt.empty());
    }
}
