package org.partnercommerce.application.port.in.cart;

import java.time.Duration;
import org.partnercommerce.domain.cart.CartId;

/**
 * Another request of ours is checking the cart out and has not ended within the time this one
 * waits for it. Nothing is wrong with Partner Center or with the request: asked again after
 * {@link #retryAfter()}, the same checkout answers the orders it made.
 */
public final class CheckoutInProgress extends RuntimeException {

    private final Duration retryAfter;

    public CheckoutInProgress(CartId cartId, Duration retryAfter) {
        super("Cart " + cartId.value() + " is being checked out by another request; check out again, or read the cart, in a moment.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
