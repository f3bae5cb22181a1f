package org.partnercommerce.application.port.in.cart;

import java.util.Objects;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.customer.CustomerId;

/** A cart to check out. */
public record CheckoutCartCommand(Caller caller, CustomerId customerId, CartId cartId) {

    public CheckoutCartCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(cartId, "cartId");
    }
}
