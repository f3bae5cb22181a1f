package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.List;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * Who may call Partner Center to change a cart (update it, check it out), for how long. A
 * claim is a lease: one claimant at a time, on any instance, with no transaction held open
 * during the call; a claimant that dies lets its lease run out, and another takes over.
 */
public interface CartClaims {

    /** A cart whose checkout is pending, and its customer. */
    record PendingCheckout(CustomerId customerId, CartId cartId) {
    }

    /**
     * Claims the cart for {@code claimant} until {@code until}, unless another claimant holds
     * a lease that has not run out at {@code now}. Renews the lease if {@code claimant} holds it.
     */
    boolean claim(CartId cartId, String claimant, Instant until, Instant now);

    /** Gives the lease back, if {@code claimant} still holds it. */
    void release(CartId cartId, String claimant);

    /** Carts whose checkout is pending and on which nobody holds a running lease, oldest pending first. */
    List<PendingCheckout> unclaimedPendingCheckouts(Instant now, int limit);

    /** Every cart whose checkout is pending, claimed or not: how many, and when the oldest checkout started. Locks nothing. */
    PendingPurchases pendingCheckouts();
}
