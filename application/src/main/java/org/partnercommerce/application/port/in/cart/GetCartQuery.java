package org.partnercommerce.application.port.in.cart;

import java.util.Objects;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.customer.CustomerId;

public record GetCartQuery(Caller caller, CustomerId customerId, CartId cartId) {

    public GetCartQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(cartId, "cartId");
    }
}
