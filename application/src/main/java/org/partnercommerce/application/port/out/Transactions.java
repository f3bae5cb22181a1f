package org.partnercommerce.application.port.out;

import java.util.function.Supplier;

/**
 * A unit of work against this service's database. The service decides what goes into one;
 * a call to Partner Center never runs inside it.
 */
public interface Transactions {

    /** Runs {@code work} in a new transaction, committed when it returns and rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work}, which answers nothing, in a new transaction. */
    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
