package org.partnercommerce.bootstrap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.InstantSource;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;
import org.partnercommerce.application.port.in.cart.RecoverCheckoutsUseCase;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequestsUseCase;
import org.partnercommerce.application.port.in.release.ReleaseHeldClaimsUseCase;
import org.partnercommerce.application.port.in.order.RecoverPendingOrdersUseCase;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.OrderPlacements;

/**
 * What every instance does on its own schedule: drive pending purchases nobody is driving —
 * checkouts and direct orders — to their end, give back the claims its failed requests could not
 * give back while the database was away, and forget idempotency keys past their retention.
 * Instances share the work through the database's claims, not through a leader. It also reads what
 * is pending, for the metrics, and says in them when recovery last ran ({@link PurchaseMetrics}).
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final RecoverCheckoutsUseCase checkouts;
    private final RecoverPendingOrdersUseCase orders;
    private final IdempotentRequestsUseCase idempotentRequests;
    private final ReleaseHeldClaimsUseCase heldClaims;
    private final CartClaims cartClaims;
    private final OrderPlacements placements;
    private final PurchaseMetrics metrics;
    private final InstantSource clock;

    public Housekeeping(RecoverCheckoutsUseCase checkouts, RecoverPendingOrdersUseCase orders,
                        IdempotentRequestsUseCase idempotentRequests, ReleaseHeldClaimsUseCase heldClaims, CartClaims cartClaims,
                        OrderPlacements placements, PurchaseMetrics metrics, InstantSource clock) {
        this.checkouts = checkouts;
        this.orders = orders;
        this.idempotentRequests = idempotentRequests;
        this.heldClaims = heldClaims;
        this.cartClaims = cartClaims;
        this.placements = placements;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(identity = "recover-checkouts", every = "${partnercommerce.checkout.recovery-every:30s}",
            delayed = "${partnercommerce.checkout.recovery-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recoverPendingPurchases() {
        recover("checkout", checkouts::recover);
        recover("order", orders::recover);
        metrics.recoveryRan(clock.instant());
    }

    /** Gives back what failed requests could not, once the database is back: nothing to do while nothing is held. */
    @Scheduled(identity = "release-held-claims", every = "${partnercommerce.checkout.held-releases-every:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseHeldClaims() {
        if (heldClaims.held() == 0) {
            return;
        }
        int released = heldClaims.releaseHeld();
        if (released > 0) {
            LOG.infof("Gave back %d claim(s) held while the database could not be reached", released);
        }
    }

    /** What is pending now and since when, for {@code partnercommerce_pending} and its oldest's age: two reads that lock nothing. */
    @Scheduled(identity = "measure-pending-purchases", every = "${partnercommerce.metrics.pending-every:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measurePendingPurchases() {
        try {
            metrics.pending(cartClaims.pendingCheckouts(), placements.pending(), clock.instant());
        } catch (RuntimeException failure) {
            LOG.warnf("Reading the pending purchases for the metrics failed this time: %s", failure.getMessage());
        }
    }

    /** One recovery's run; a failure is said and left for the next run, and does not keep the other from running. */
    private static void recover(String what, IntSupplier recovery) {
        try {
            int ended = recovery.getAsInt();
            if (ended > 0) {
                LOG.infof("Recovery completed %d pending %s(s)", ended, what);
            }
        } catch (RuntimeException failure) {
            LOG.warnf("Recovery of pending %ss failed this time: %s", what, failure.getMessage());
        }
    }

    @Scheduled(identity = "forget-idempotency-keys", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpiredIdempotencyKeys() {
        int forgotten = idempotentRequests.forgetExpired();
        if (forgotten > 0) {
            LOG.infof("Forgot %d idempotency key(s) past their retention", forgotten);
        }
    }
}
