package org.partnercommerce.application.service.order;

import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnercommerce.application.port.in.order.RecoverPendingOrdersUseCase;
import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;
import org.partnercommerce.application.service.cart.CheckoutTimings;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.order.OrderPlacement;
import org.partnercommerce.domain.order.PlacementState;

/**
 * Finds the pending direct orders nobody holds a claim on — their caller gave up, or their
 * instance died — and drives each to its end with the request id it started with.
 */
public final class RecoverPendingOrdersService implements RecoverPendingOrdersUseCase {

    /** Who recovery acts as, in the purchase audit. */
    public static final String ACTOR = "recovery";

    private static final Logger LOG = Logger.getLogger(RecoverPendingOrdersService.class.getName());

    private final OrderPlacements placements;
    private final Transactions transactions;
    private final InstantSource clock;
    private final Supplier<UUID> ids;
    private final CheckoutTimings timings;
    private final OrderPlacementDriver driver;
    private final int batchSize;

    public RecoverPendingOrdersService(PartnerCenterOrders partnerCenter, OrderPlacements placements, Orders orders,
                                       PurchaseAudit audit, Outcomes outcomes, Transactions transactions, InstantSource clock,
                                       Supplier<UUID> ids, CheckoutTimings timings, int batchSize, ReleaseHeldClaimsService held) {
        this.placements = placements;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.timings = timings;
        this.batchSize = batchSize;
        this.driver = new OrderPlacementDriver(partnerCenter, placements, orders, audit, outcomes, transactions, clock, held);
    }

    @Override
    public int recover() {
        int ended = 0;
        String claimant = "recovery-" + ids.get();
        for (RequestId pending : transactions.inTransaction(() -> placements.unclaimedPending(clock.instant(), batchSize))) {
            OrderPlacement claimed = claim(pending, claimant);
            if (claimed == null) {
                continue;
            }
            try {
                driver.drive(claimed, claimant, ACTOR);
                ended++;
            } catch (PartnerCenterException.Unavailable stillPending) {
                LOG.log(Level.INFO, "The order of request {0} is still pending: {1}", new Object[] {pending, stillPending.description()});
            } catch (PartnerCenterException refused) {
                ended++;
            }
        }
        return ended;
    }

    /** The pending placement, claimed for this run; null if it ended or another claimant took it meanwhile. */
    private OrderPlacement claim(RequestId requestId, String claimant) {
        return driver.asClaimant(requestId, claimant, () -> {
            Instant now = clock.instant();
            OrderPlacement placement = placements.lock(requestId).orElse(null);
            if (placement == null || !(placement.state() instanceof PlacementState.Pending)
                    || !placements.claim(requestId, claimant, OrderPlacementDriver.leaseEnd(now, timings), now)) {
                return null;
            }
            return placement;
        });
    }
}
