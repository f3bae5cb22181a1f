package org.partnercommerce.application.fake;

import java.util.function.Supplier;
import org.partnercommerce.application.port.out.Transactions;

/** Runs the work as it is, for services tested over in-memory stores; tells whether a unit of work is running. */
public final class DirectTransactions implements Transactions {

    private int open;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        open++;
        try {
            return work.get();
        } finally {
            open--;
        }
    }

    /** Whether the caller runs inside a unit of work. */
    public boolean inUnitOfWork() {
        return open > 0;
    }
}
