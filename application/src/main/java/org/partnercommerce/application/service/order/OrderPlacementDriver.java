package org.partnercommerce.application.service.order;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.application.port.out.StoreUnavailable;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;
import org.partnercommerce.application.service.cart.CheckoutTimings;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderPlacement;

/**
 * Drives a pending direct order to its end, for whoever holds its claim: calls Partner Center
 * with the placement's request id and its order as kept — outside any transaction — and records
 * what it answered in a short transaction of its own.
 *
 * <ul>
 *   <li>An order: the placement ends placed, the order enters the customer's history at once.</li>
 *   <li>A definite refusal (the request was invalid, the partner not allowed): the placement ends
 *       refused; nothing was bought.</li>
 *   <li>No answer, or one that settles nothing (unavailable, in progress elsewhere, unreadable):
 *       the placement stays pending with its request id, to be driven again.</li>
 * </ul>
 *
 * Should our database go away during a unit of work of the claimant, the unit of work rolls back,
 * the placement stays pending, and the claim is given back once the database is reachable again
 * ({@link ReleaseHeldClaimsService}), so that a retry drives it then instead of waiting for the lease to run out.
 */
final class OrderPlacementDriver {

    private static final Duration RETRY_SOON = Duration.ofSeconds(2);

    private final PartnerCenterOrders partnerCenter;
    private final OrderPlacements placements;
    private final Orders orders;
    private final PurchaseAudit audit;
    private final Outcomes outcomes;
    private final Transactions transactions;
    private final InstantSource clock;
    private final ReleaseHeldClaimsService held;

    OrderPlacementDriver(PartnerCenterOrders partnerCenter, OrderPlacements placements, Orders orders, PurchaseAudit audit,
                         Outcomes outcomes, Transactions transactions, InstantSource clock, ReleaseHeldClaimsService held) {
        this.partnerCenter = partnerCenter;
        this.placements = placements;
        this.orders = orders;
        this.audit = audit;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.clock = clock;
        this.held = held;
    }

    /** @param actor who drives it, for the audit: the caller's subject, or {@code recovery} */
    Order drive(OrderPlacement placement, String claimant, String actor) {
        RequestId requestId = placement.requestId();
        Order upstream;
        try {
            upstream = partnerCenter.place(placement.order(), requestId);
        } catch (PartnerCenterException.Unavailable | PartnerCenterException.Conflict | PartnerCenterException.BadGateway unsettled) {
            asClaimant(requestId, claimant, () -> {
                audit.record(event(actor, placement, PurchaseEvent.Kind.STILL_PENDING, unsettled.description()));
                placements.release(requestId, claimant);
                return null;
            });
            throw stillPending(unsettled);
        } catch (PartnerCenterException.Rejected | PartnerCenterException.NotFound | PartnerCenterException.Forbidden refused) {
            asClaimant(requestId, claimant, () -> {
                OrderPlacement locked = locked(requestId);
                locked.recordRefusal(refused.code(), refused.description(), clock.instant());
                placements.save(locked);
                audit.record(event(actor, placement, PurchaseEvent.Kind.REFUSED, refused.code() + " " + refused.description()));
                placements.release(requestId, claimant);
                return null;
            });
            throw refused;
        }
        return asClaimant(requestId, claimant, () -> {
            // Partner Center answers a repeated request id with the order it placed first: one order, whoever records it.
            OrderPlacement locked = locked(requestId);
            locked.recordPlaced(upstream.id(), clock.instant());
            placements.save(locked);
            orders.save(List.of(upstream), placement.boughtBy());
            audit.record(event(actor, placement, PurchaseEvent.Kind.ORDERED, "order " + upstream.id()));
            placements.release(requestId, claimant);
            outcomes.orderPlaced(upstream);
            return upstream;
        });
    }

    /**
     * A unit of work of the placement's claimant (or of a caller about to claim it): should the
     * database go away meanwhile, the claim is given back once it is reachable again.
     */
    <T> T asClaimant(RequestId requestId, String claimant, Supplier<T> work) {
        try {
            return transactions.inTransaction(work);
        } catch (StoreUnavailable down) {
            held.releasePlacement(requestId, claimant);
            throw down;
        }
    }

    PurchaseEvent event(String actor, OrderPlacement placement, PurchaseEvent.Kind kind, String detail) {
        return new PurchaseEvent(clock.instant(), actor, placement.customerId(), Optional.empty(), placement.requestId(), kind, detail);
    }

    private OrderPlacement locked(RequestId requestId) {
        return placements.lock(requestId).orElseThrow(() -> new IllegalStateException("The order of request " + requestId
                + " is not kept"));
    }

    /** Whether the order was placed is not known yet: it stays pending and will be driven again. */
    private static PartnerCenterException.Unavailable stillPending(PartnerCenterException cause) {
        Duration retryAfter = cause instanceof PartnerCenterException.Unavailable unavailable
                ? unavailable.retryAfter().orElse(RETRY_SOON) : RETRY_SOON;
        return new PartnerCenterException.Unavailable(cause.code(), "The order is pending: Partner Center has not confirmed it yet ("
                + cause.description() + "). It will be completed with the same request; send it again with the same "
                + "Idempotency-Key, or read the customer's orders, later.", retryAfter);
    }

    static Instant leaseEnd(Instant now, CheckoutTimings timings) {
        return now.plus(timings.lease());
    }
}
