package org.partnercommerce.application.port.in.cart;

import org.partnercommerce.domain.cart.Cart;

/** Reading a cart the caller may see. */
public interface GetCartUseCase {

    Cart get(GetCartQuery query);
}
