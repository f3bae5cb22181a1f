package org.partnercommerce.bootstrap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.partnercommerce.application.port.in.cart.RecoverCheckoutsUseCase;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequestsUseCase;

/**
 * What every instance does on its own schedule: drive pending checkouts nobody is driving to
 * their end, and forget idempotency keys past their retention. Instances share the work
 * through the database's claims, not through a leader.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final RecoverCheckoutsUseCase recovery;
    private final IdempotentRequestsUseCase idempotentRequests;

    public Housekeeping(RecoverCheckoutsUseCase recovery, IdempotentRequestsUseCase idempotentRequests) {
        this.recovery = recovery;
        this.idempotentRequests = idempotentRequests;
    }

    @Scheduled(identity = "recover-checkouts", every = "${partnercommerce.checkout.recovery-every:30s}",
            delayed = "${partnercommerce.checkout.recovery-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recoverPendingCheckouts() {
        try {
            int ended = recovery.recover();
            if (ended > 0) {
                LOG.infof("Recovery completed %d pending checkout(s)", ended);
            }
        } catch (RuntimeException failure) {
            LOG.warnf("Recovery of pending checkouts failed this time: %s", failure.getMessage());
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
