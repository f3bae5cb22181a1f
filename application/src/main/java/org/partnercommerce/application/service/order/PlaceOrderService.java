package org.partnercommerce.application.service.order;

import org.partnercommerce.domain.shared.PurchaseCapExceeded;
import org.partnercommerce.application.service.cart.PurchaseCapChecks;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotAllowed;
import org.partnercommerce.application.port.in.order.OrderInProgress;
import org.partnercommerce.application.port.in.order.PlaceOrderCommand;
import org.partnercommerce.application.port.in.order.PlaceOrderUseCase;
import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.port.out.Pause;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.application.service.cart.CheckoutTimings;
import org.partnercommerce.application.service.cart.RequestIds;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.NewOrder;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderPlacement;
import org.partnercommerce.domain.order.PlacementState;
import org.partnercommerce.domain.order.ValidatedOrder;

/**
 * Places a direct order exactly once, as a cart is checked out. The caller may act for the
 * customer (a reseller only for its own, with itself on record); every rule is checked; then, in
 * one short transaction under the placement's row lock, the order is kept pending with the request
 * id Partner Center will see — derived from the caller's idempotency key, so that its retry finds
 * the same placement — or the kept one is found, and this call tries to claim it. The claimant
 * drives it ({@link OrderPlacementDriver}); everyone else waits for the claimant's answer and gives
 * the same, so Partner Center is asked by one caller at a time and always with the same request id.
 * An order over a purchase cap ({@link PurchaseCapChecks}) is refused before anything is kept or sent.
 */
public final class PlaceOrderService implements PlaceOrderUseCase {

    private final CustomerAccess access;
    private final OrderChecks checks;
    private final PartnerCenterOrders partnerCenter;
    private final OrderPlacements placements;
    private final Orders orders;
    private final PurchaseAudit audit;
    private final Outcomes outcomes;
    private final Transactions transactions;
    private final InstantSource clock;
    private final Supplier<UUID> ids;
    private final Pause pause;
    private final CheckoutTimings timings;
    private final OrderPlacementDriver driver;
    private final PurchaseCapChecks caps;

    public PlaceOrderService(CustomerAccess access, OrderChecks checks, PartnerCenterOrders partnerCenter,
                             OrderPlacements placements, Orders orders, PurchaseAudit audit, Outcomes outcomes,
                             Transactions transactions, InstantSource clock, Supplier<UUID> ids, Pause pause,
                             CheckoutTimings timings, PurchaseCapChecks caps, ReleaseHeldClaimsService held) {
        this.access = access;
        this.checks = checks;
        this.partnerCenter = partnerCenter;
        this.placements = placements;
        this.orders = orders;
        this.audit = audit;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.pause = pause;
        this.timings = timings;
        this.caps = caps;
        this.driver = new OrderPlacementDriver(partnerCenter, placements, orders, audit, outcomes, transactions, clock, held);
    }

    private sealed interface Turn {
        record Done(Order order) implements Turn {
        }

        record Drive(OrderPlacement placement) implements Turn {
        }

        record Wait() implements Turn {
        }

        record Capped(PurchaseCapExceeded breach) implements Turn {
        }
    }

    @Override
    public Order place(PlaceOrderCommand command) {
        Caller caller = command.caller();
        Customer customer = access.customerFor(caller, command.order().customerId());
        NewOrder asked = asTheCallerMayAsk(caller, command.order());
        if (!asked.partnersOnRecord().isEmpty()) {
            partnerCenter.requireAppPlusUser();
        }
        ValidatedOrder order = checks.validate(customer, asked);
        RequestId requestId = RequestIds.forOperation("place-order " + customer.id(), caller, command.idempotencyKey(), ids);
        String claimant = ids.get().toString();
        long pollsLeft = timings.pollsWhileWaiting();
        while (true) {
            switch (takeTurn(caller, requestId, order, claimant)) {
                case Turn.Done done -> {
                    return done.order();
                }
                case Turn.Drive drive -> {
                    return driver.drive(drive.placement(), claimant, caller.subject());
                }
                case Turn.Capped capped -> throw capped.breach();
                case Turn.Wait wait -> {
                    if (pollsLeft-- <= 0) {
                        throw new OrderInProgress(Duration.ofSeconds(2));
                    }
                    pause();
                }
            }
        }
    }

    /**
     * A reader buys nothing; a reseller orders with itself as partner on record — on every line
     * that names none — and never names another.
     */
    private static NewOrder asTheCallerMayAsk(Caller caller, NewOrder order) {
        return switch (caller.role()) {
            case READER -> throw new NotAllowed("A reader reads orders; it does not place them.");
            case PARTNER -> order;
            case RESELLER -> {
                PartnerId reseller = caller.partnerId().orElseThrow();
                List<PartnerId> named = order.partnersOnRecord().stream().filter(partner -> !partner.equals(reseller)).toList();
                if (!named.isEmpty()) {
                    throw new NotAllowed("An indirect reseller orders with itself as partner on record (" + reseller
                            + "), never another partner: " + named + ".");
                }
                yield order.withPartnerOnRecordWhereMissing(reseller);
            }
        };
    }

    private Turn takeTurn(Caller caller, RequestId requestId, ValidatedOrder order, String claimant) {
        return driver.asClaimant(requestId, claimant, () -> {
            Instant now = clock.instant();
            Optional<OrderPlacement> kept = placements.lock(requestId);
            if (kept.isEmpty()) {
                Optional<PartnerId> buyer = PurchaseCapChecks.buyingReseller(caller);
                OrderPlacement started = OrderPlacement.start(requestId, order, buyer, now);
                Optional<PurchaseCapExceeded> breach = caps.breachOfOrder(buyer, order, now);
                if (breach.isPresent()) {
                    // Refused before anything is kept or sent; the refusal is audited, and its unit of work commits.
                    audit.record(driver.event(caller.subject(), started, PurchaseEvent.Kind.CAP_EXCEEDED, breach.get().getMessage()));
                    return new Turn.Capped(breach.get());
                }
                if (placements.add(started)) {
                    audit.record(driver.event(caller.subject(), started, PurchaseEvent.Kind.ORDER_STARTED, ""));
                    return claimOrWait(started, claimant, now);
                }
                // Kept meanwhile by a request of the same key, whose unit of work has ended: its placement is the one.
                kept = placements.lock(requestId);
            }
            OrderPlacement placement = kept.orElseThrow(() -> new IllegalStateException("The order of request " + requestId
                    + " is neither kept nor new"));
            return switch (placement.state()) {
                case PlacementState.Placed placed -> {
                    Order placedOrder = orders.find(placement.customerId(), placed.orderId()).orElseThrow(() ->
                            new IllegalStateException("Order " + placed.orderId() + " of request " + requestId + " is not in the history"));
                    outcomes.orderPlaced(placedOrder);
                    yield new Turn.Done(placedOrder);
                }
                case PlacementState.Refused refused -> throw new PartnerCenterException.Rejected(refused.code(), refused.description());
                case PlacementState.Pending pending -> claimOrWait(placement, claimant, now);
            };
        });
    }

    private Turn claimOrWait(OrderPlacement placement, String claimant, Instant now) {
        return placements.claim(placement.requestId(), claimant, OrderPlacementDriver.leaseEnd(now, timings), now)
                ? new Turn.Drive(placement)
                : new Turn.Wait();
    }

    private void pause() {
        try {
            pause.pause(timings.pollInterval());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new OrderInProgress(Duration.ofSeconds(1));
        }
    }
}
