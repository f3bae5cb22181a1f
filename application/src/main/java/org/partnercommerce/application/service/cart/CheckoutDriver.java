package org.partnercommerce.application.service.cart;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.application.port.out.StoreUnavailable;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;

/**
 * Drives a pending checkout to its end, for whoever holds the cart's claim: calls Partner
 * Center with the checkout's request id — outside any transaction — and records what it
 * answered in a short transaction of its own.
 *
 * <ul>
 *   <li>Orders (and order errors): the cart keeps the result, its new orders enter the history at
 *       once (as bought by the reseller who started the checkout, if one did); groups that failed
 *       wait for a checkout again to re-attempt them.</li>
 *   <li>A definite refusal (the request was invalid, the cart unknown, the partner not allowed):
 *       the cart is active again, and a later checkout uses a new request id.</li>
 *   <li>No answer, or one that settles nothing (unavailable, in progress elsewhere, unreadable):
 *       the checkout stays pending with its request id, to be driven again.</li>
 * </ul>
 *
 * Should our database go away during a unit of work of the claimant, the unit of work rolls back,
 * the checkout stays pending, and the claim is given back once the database is reachable again
 * ({@link ReleaseHeldClaimsService}), so that a retry drives it then instead of waiting for the lease to run out.
 */
final class CheckoutDriver {

    private static final Duration RETRY_SOON = Duration.ofSeconds(2);

    private final PartnerCenterCarts partnerCenter;
    private final Carts carts;
    private final CartClaims claims;
    private final Orders orders;
    private final PurchaseAudit audit;
    private final Outcomes outcomes;
    private final Transactions transactions;
    private final InstantSource clock;
    private final ReleaseHeldClaimsService held;

    CheckoutDriver(PartnerCenterCarts partnerCenter, Carts carts, CartClaims claims, Orders orders, PurchaseAudit audit,
                   Outcomes outcomes, Transactions transactions, InstantSource clock, ReleaseHeldClaimsService held) {
        this.partnerCenter = partnerCenter;
        this.carts = carts;
        this.claims = claims;
        this.orders = orders;
        this.audit = audit;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.clock = clock;
        this.held = held;
    }

    /** @param actor who drives it, for the audit: the caller's subject, or {@code recovery} */
    CheckoutResult drive(CustomerId customerId, CartId cartId, RequestId requestId, String claimant, String actor) {
        CheckoutResult upstream;
        try {
            upstream = partnerCenter.checkout(customerId, cartId, requestId);
        } catch (PartnerCenterException.Unavailable | PartnerCenterException.Conflict | PartnerCenterException.BadGateway unsettled) {
            asClaimant(cartId, claimant, () -> {
                audit.record(event(actor, customerId, cartId, requestId, PurchaseEvent.Kind.STILL_PENDING, unsettled.description()));
                claims.release(cartId, claimant);
                return null;
            });
            throw stillPending(cartId, unsettled);
        } catch (PartnerCenterException.Rejected | PartnerCenterException.NotFound | PartnerCenterException.Forbidden refused) {
            asClaimant(cartId, claimant, () -> {
                Cart cart = locked(customerId, cartId);
                cart.recordCheckoutRefusal(refused.code(), refused.description(), clock.instant());
                carts.save(cart);
                audit.record(event(actor, customerId, cartId, requestId, PurchaseEvent.Kind.REFUSED,
                        refused.code() + " " + refused.description()));
                claims.release(cartId, claimant);
                return null;
            });
            throw refused;
        }
        return asClaimant(cartId, claimant, () -> {
            Cart cart = locked(customerId, cartId);
            Optional<CheckoutResult> earlier = cart.checkoutResult();
            Optional<PartnerId> buyingReseller = cart.checkout() instanceof CheckoutState.Pending pending
                    ? pending.attempt().buyingReseller() : Optional.empty();
            CheckoutResult kept = cart.recordCheckout(upstream, clock.instant());
            carts.save(cart);
            orders.save(kept.ordersBeyond(earlier), buyingReseller);
            audit.record(event(actor, customerId, cartId, requestId, PurchaseEvent.Kind.ORDERED, describe(kept)));
            claims.release(cartId, claimant);
            outcomes.cartCheckedOut(kept);
            return kept;
        });
    }

    /**
     * A unit of work of the cart's claimant (or of a caller about to claim it): should the database go
     * away meanwhile, the claim is given back once it is reachable again.
     */
    <T> T asClaimant(CartId cartId, String claimant, Supplier<T> work) {
        try {
            return transactions.inTransaction(work);
        } catch (StoreUnavailable down) {
            held.releaseCart(cartId, claimant);
            throw down;
        }
    }

    PurchaseEvent event(String actor, CustomerId customerId, CartId cartId, RequestId requestId, PurchaseEvent.Kind kind,
                        String detail) {
        return new PurchaseEvent(clock.instant(), actor, customerId, Optional.of(cartId), requestId, kind, detail);
    }

    private static String describe(CheckoutResult result) {
        return "orders " + result.orders().stream().map(order -> order.id().value()).toList()
                + (result.orderErrors().isEmpty() ? "" : ", order errors " + result.orderErrors().stream()
                .map(error -> error.orderGroupId().value() + ":" + error.code()).toList());
    }

    private Cart locked(CustomerId customerId, CartId cartId) {
        return carts.lock(customerId, cartId).orElseThrow(() -> NotFound.cart(cartId));
    }

    /** Whether the purchase happened is not known yet: the checkout stays pending and will be driven again. */
    private static PartnerCenterException.Unavailable stillPending(CartId cartId, PartnerCenterException cause) {
        Duration retryAfter = cause instanceof PartnerCenterException.Unavailable unavailable
                ? unavailable.retryAfter().orElse(RETRY_SOON) : RETRY_SOON;
        return new PartnerCenterException.Unavailable(cause.code(), "The checkout of cart " + cartId
                + " is pending: Partner Center has not confirmed it yet (" + cause.description()
                + "). It will be completed with the same request; check out again, or read the cart, later.", retryAfter);
    }

    static Instant leaseEnd(Instant now, CheckoutTimings timings) {
        return now.plus(timings.lease());
    }
}
