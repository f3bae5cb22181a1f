package org.partnercommerce.application.service.cart;

import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.cart.GetCartQuery;
import org.partnercommerce.application.port.in.cart.GetCartUseCase;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.cart.Cart;

/** Reads a cart kept here, with its checkout state, for a caller that may see its customer. */
public final class GetCartService implements GetCartUseCase {

    private final CustomerAccess access;
    private final Carts carts;

    public GetCartService(CustomerAccess access, Carts carts) {
        this.access = access;
        this.carts = carts;
    }

    @Override
    public Cart get(GetCartQuery query) {
        access.customerFor(query.caller(), query.customerId());
        return carts.find(query.customerId(), query.cartId()).orElseThrow(() -> NotFound.cart(query.cartId()));
    }
}
