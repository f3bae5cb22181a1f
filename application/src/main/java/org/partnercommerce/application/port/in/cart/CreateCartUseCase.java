package org.partnercommerce.application.port.in.cart;

import org.partnercommerce.domain.cart.Cart;

/**
 * Creating a cart: every line is checked against the catalog first, and only a cart whose
 * every line passes is sent to Partner Center (whose cart id becomes ours) and kept.
 * Throws {@code CartRejected} with every line's problem otherwise.
 */
public interface CreateCartUseCase {

    Cart create(CreateCartCommand command);
}
