package org.partnercommerce.adapter.out.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;

/**
 * The one transaction rule of the stores: a method joins the caller's unit of work when
 * there is one ({@code Transactions.inTransaction}), and otherwise runs in a unit of work
 * of its own, committed when it returns. Only {@code Carts.lock} insists on the caller's.
 * A database that cannot be reached is {@code StoreUnavailable} ({@link DatabaseFaults}).
 */
public final class UnitOfWork {

    private UnitOfWork() {
    }

    public static <T> T joining(Supplier<T> work) {
        try {
            return QuarkusTransaction.joiningExisting().call(work::get);
        } catch (RuntimeException failed) {
            throw DatabaseFaults.translate(failed);
        }
    }

    public static void joining(Runnable work) {
        joining(() -> {
            work.run();
            return null;
        });
    }

    /** Refuses to run outside the caller's unit of work, where a lock would end as soon as it is taken. */
    public static void requireActive(String what) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException(what + " runs only inside a unit of work (Transactions.inTransaction)");
        }
    }
}
