package org.partnercommerce.application.port.out;

import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;

/**
 * What a purchase use case did, told inside the unit of work that stores it, after it is
 * written: whatever must be kept with it then commits with it, or not at all — one commit, and
 * no moment at which the one is stored without the other. That is how the answer a repeat of
 * the request is given gets kept (by the inbound API, which alone knows how it answers), though
 * this port knows nothing of requests or how they are answered. Told once per call of a use
 * case, and only when the call succeeds; the recovery job tells its checkouts too, for nobody.
 */
public interface Outcomes {

    /** The cart is stored: created now, or found stored by the retry of a creation. */
    void cartCreated(Cart cart);

    /** The cart's new lines are stored, as Partner Center took them (with its line errors, if any). */
    void cartUpdated(Cart cart);

    /** The cart is ordered: the checkout's result, recorded now or found recorded by a repeat. */
    void cartCheckedOut(CheckoutResult result);

    /** The direct order is placed: recorded now, or found recorded by a repeat. */
    void orderPlaced(Order order);
}
