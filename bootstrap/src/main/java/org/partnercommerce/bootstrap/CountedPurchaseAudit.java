package org.partnercommerce.bootstrap;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.PurchaseEvent;

/**
 * Counts each purchase step the audit keeps in {@link PurchaseMetrics}, once it is kept for good:
 * when the unit of work it joined commits, never when it rolls back. A step recorded outside any
 * unit of work was committed by the audit itself when {@code record} returned. The audit adapter
 * stays a plain mapper.
 */
@Decorator
@Priority(1)
public abstract class CountedPurchaseAudit implements PurchaseAudit {

    @Inject
    @Delegate
    @Any
    PurchaseAudit audit;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    PurchaseMetrics metrics;

    @Override
    public void record(PurchaseEvent event) {
        audit.record(event);
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            metrics.committed(event);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    metrics.committed(event);
                }
            }
        });
    }
}
