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

    /**
     * Stores the cart's new state (lines, status, checkout) as the kept cart's next version,
     * only over the {@linkplain Cart#version() version it was read at}: if another save came
     * first (or this cart was saved already), it fails with a
     * {@link java.util.ConcurrentModificationException} and changes nothing; read the cart again.
     */
    void save(Cart cart);
}
