package org.partnercommerce.application.port.out;

import java.util.Optional;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.customer.CustomerId;

/** The carts this service created, with their checkout state. Writes run inside a {@link Transactions} unit of work. */
public interface Carts {

    void add(Cart cart);

    Optional<Cart> find(CustomerId customerId, CartId cartId);

    /**
     * The cart, its row locked until the unit of work ends: a second caller on any instance
     * waits. Only inside {@link Transactions#inTransaction}.
     */
    Optional<Cart> lock(CustomerId customerId, CartId cartId);

    /** Stores the cart's new state (lines, status, checkout); fails if it was changed meanwhile. */
    void save(Cart cart);
}
