package org.partnercommerce.application.fake;

import java.util.function.Supplier;
import org.partnercommerce.application.port.out.Transactions;

/** Runs the work as it is, for services tested over in-memory stores. */
public final class DirectTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
