package org.partnercommerce.bootstrap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;
import org.partnercommerce.application.port.in.cart.RecoverCheckoutsUseCase;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequestsUseCase;
import org.partnercommerce.application.port.in.order.RecoverPendingOrdersUseCase;

/**
 * What every instance does on its own schedule: drive pending purchases nobody is driving —
 * checkouts and direct orders — to their end, and forget idempotency keys past their retention.
 * Instances share the work through the database's claims, not through a leader.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final RecoverCheckoutsUseCase checkouts;
    private final RecoverPendingOrdersUseCase orders;
    private final IdempotentRequestsUseCase idempotentRequests;

    public Housekeeping(RecoverCheckoutsUseCase checkouts, RecoverPendingOrdersUseCase orders,
                        IdempotentRequestsUseCase idempotentRequests) {
        this.checkouts = checkouts;
        this.orders = orders;
        this.idempotentRequests = idempotentRequests;
    }

    @Scheduled(identity = "recover-checkouts", every = "${partnercommerce.checkout.recovery-every:30s}",
            delayed = "${partnercommerce.checkout.recovery-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recoverPendingPurchases() {
        recover("checkout", checkouts::recover);
        recover("order", orders::recover);
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
