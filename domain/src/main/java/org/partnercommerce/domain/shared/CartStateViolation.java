package org.partnercommerce.domain.shared;

import java.time.Instant;
import java.util.List;

/**
 * A verb the cart cannot do in its present state. Partner Center's code where one fits
 * ({@code 800064}, {@code 800065}, {@code 800009}), ours otherwise.
 */
public abstract sealed class CartStateViolation extends DomainViolation {

    private CartStateViolation(String code, String message) {
        super(code, message);
    }

    /** The cart is past its expiry (7 days after creation): it can be neither updated nor checked out. */
    public static final class CartExpired extends CartStateViolation {
        public static final String CODE = "cart-expired";

        public CartExpired(String cartId, Instant expiredAt) {
            super(CODE, "Cart " + cartId + " expired at " + expiredAt + "; create a new cart.");
        }
    }

    /** The cart was checked out; it can no longer be updated. */
    public static final class CartAlreadyOrdered extends CartStateViolation {
        public static final String CODE = "800065";

        public CartAlreadyOrdered(String cartId) {
            super(CODE, "Cart " + cartId + " has been checked out; it can no longer be changed.");
        }
    }

    /** A checkout of the cart is under way; the cart cannot change until it ends. */
    public static final class CheckoutInProgress extends CartStateViolation {
        public static final String CODE = "800064";

        public CheckoutInProgress(String cartId) {
            super(CODE, "Cart " + cartId + " is being checked out; it cannot change until the checkout ends.");
        }
    }

    /** Partner Center reported errors on lines of the cart; it cannot be checked out until they are fixed. */
    public static final class CartHasLineErrors extends CartStateViolation {
        public static final String CODE = "800009";

        public CartHasLineErrors(String cartId, List<Integer> lineIds) {
            super(CODE, "Cart " + cartId + " has errors on lines " + lineIds + "; update the cart before checking it out.");
        }
    }

    /** A checkout result or refusal was recorded for a cart whose checkout had not started. */
    public static final class CheckoutNotStarted extends CartStateViolation {
        public static final String CODE = "checkout-not-started";

        public CheckoutNotStarted(String cartId) {
            super(CODE, "Cart " + cartId + " has no checkout under way.");
        }
    }

    /** The new content of a cart is for another customer than the cart's. */
    public static final class OtherCustomersCart extends CartStateViolation {
        public static final String CODE = "other-customers-cart";

        public OtherCustomersCart(String cartId, String customerId) {
            super(CODE, "Cart " + cartId + " does not belong to customer " + customerId + ".");
        }
    }
}
