package org.partnercommerce.application.port.in.order;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.order.NewOrder;

/**
 * A direct order to place for the order's customer.
 *
 * @param idempotencyKey the caller's key for this request, if it sent one: the request to Partner
 *                       Center is then identified by it, so a retry places no second order
 */
public record PlaceOrderCommand(Caller caller, NewOrder order, Optional<String> idempotencyKey) {

    public PlaceOrderCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(order, "order");
        idempotencyKey = Objects.requireNonNullElse(idempotencyKey, Optional.empty());
    }
}
