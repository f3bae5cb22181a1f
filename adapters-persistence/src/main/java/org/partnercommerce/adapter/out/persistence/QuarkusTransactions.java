package org.partnercommerce.adapter.out.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.partnercommerce.application.port.out.Transactions;

/**
 * Units of work as JTA transactions: each call runs in a new one, committed on return, rolled back
 * on a throw. A database that cannot be reached, at any step, is {@code StoreUnavailable}
 * ({@link DatabaseFaults}).
 */
@ApplicationScoped
public class QuarkusTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (RuntimeException failed) {
            throw DatabaseFaults.translate(failed);
        }
    }
}
