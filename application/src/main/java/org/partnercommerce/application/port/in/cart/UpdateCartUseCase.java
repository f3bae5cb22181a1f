package org.partnercommerce.application.port.in.cart;

import org.partnercommerce.domain.cart.Cart;

/**
 * Replacing all lines of an active cart, checked as on creation. An ordered or expired cart
 * cannot be updated ({@code CartStateViolation}).
 */
public interface UpdateCartUseCase {

    Cart update(UpdateCartCommand command);
}
