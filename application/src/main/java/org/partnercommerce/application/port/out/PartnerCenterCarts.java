package org.partnercommerce.application.port.out;

import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.CheckoutResult;

/**
 * Partner Center's carts. Each call carries the {@code MS-RequestId} the caller chose, the
 * same on every retry of that call, so Partner Center does each at most once. Every method
 * may throw a {@link PartnerCenterException}; {@code Unavailable} means the outcome is unknown.
 */
public interface PartnerCenterCarts {

    PartnerCenterCart create(ValidatedCart cart, RequestId requestId);

    PartnerCenterCart update(CartId cartId, ValidatedCart cart, RequestId requestId);

    /** Checks the cart out; a repeat answers the first result (Partner Center keeps it per cart). */
    CheckoutResult checkout(CustomerId customerId, CartId cartId, RequestId requestId);
}
