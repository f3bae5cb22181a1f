package org.partnercommerce.application.service.cart;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.domain.cap.PurchaseCapCheck;
import org.partnercommerce.domain.cap.PurchaseCaps;
import org.partnercommerce.domain.cap.PurchaseVolume;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartLineItem;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.ValidatedOrder;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;

/**
 * Holds purchases to the configured caps before anything is sent to Partner Center: a new or
 * replaced cart alone against the seat caps (it has no prices yet); a checkout — the lines it is
 * about to buy, with Partner Center's prices — and a direct order — its seats: its legacy offers
 * carry no price before Partner Center places them — against everything the reseller and the
 * customer bought in the caps' window, as the order history counts it.
 *
 * <p>What is counted is what was ordered: two checkouts of one reseller running at the very same
 * moment do not see each other's orders. The per-caller rate limit bounds how many can.
 */
public final class PurchaseCapChecks {

    private final PurchaseCaps caps;
    private final Orders orders;

    public PurchaseCapChecks(PurchaseCaps caps, Orders orders) {
        this.caps = caps;
        this.orders = orders;
    }

    /** Refuses a new cart whose seats alone are over a cap the caller is held to. */
    public void requireWithinSeatCaps(Caller caller, CartDraft draft) {
        long seats = draft.lines().stream().mapToLong(line -> line.quantity().value()).sum();
        PurchaseCapCheck.requireWithin(caps, caps.heldTo(buyingReseller(caller), draft.customerId()),
                holder -> PurchaseVolume.NONE, new PurchaseVolume(seats, Map.of()));
    }

    /** What would break a cap if the cart's checkout bought what it has not bought yet; nothing if none. */
    public Optional<PurchaseCapExceeded> breachOfCheckout(Optional<PartnerId> buyingReseller, Cart cart, Instant now) {
        var held = caps.heldTo(buyingReseller, cart.customerId());
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Instant since = now.minus(caps.window());
        try {
            PurchaseCapCheck.requireWithin(caps, held, holder -> orders.purchasedSince(holder, since),
                    PurchaseVolume.of(notYetBought(cart)));
            return Optional.empty();
        } catch (PurchaseCapExceeded breach) {
            return Optional.of(breach);
        }
    }

    /** What would break a cap if the direct order were placed; nothing if none. */
    public Optional<PurchaseCapExceeded> breachOfOrder(Optional<PartnerId> buyingReseller, ValidatedOrder order, Instant now) {
        var held = caps.heldTo(buyingReseller, order.customerId());
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Instant since = now.minus(caps.window());
        long seats = order.lineItems().stream().mapToLong(ValidatedOrder.Line::quantity).sum();
        try {
            PurchaseCapCheck.requireWithin(caps, held, holder -> orders.purchasedSince(holder, since), new PurchaseVolume(seats, Map.of()));
            return Optional.empty();
        } catch (PurchaseCapExceeded breach) {
            return Optional.of(breach);
        }
    }

    /** The PartnerId a caller buys as: an indirect reseller's own, none for the partner's systems. */
    public static Optional<PartnerId> buyingReseller(Caller caller) {
        return caller.role() == Caller.Role.RESELLER ? caller.partnerId() : Optional.empty();
    }

    /** Every line of a first checkout; the lines of the failed groups of a re-attempt. */
    private static List<CartLineItem> notYetBought(Cart cart) {
        Optional<CheckoutResult> earlier = cart.checkoutResult();
        return cart.lineItems().stream()
                .filter(line -> earlier.map(result -> result.errorOf(line.orderGroup()).isPresent()).orElse(true))
                .toList();
    }
}
