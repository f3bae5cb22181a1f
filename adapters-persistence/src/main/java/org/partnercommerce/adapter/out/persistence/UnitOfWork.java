package org.partnercommerce.adapter.out.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;

/**
 * The one transaction rule of the stores: a method joins the caller's unit of work when
 * there is one ({@code Transactions.inTransaction}), and otherwise runs in a unit of work
 * of its own, committed when it returns. Only {@code Carts.lock} insists on the caller's.
 */
public final class UnitOfWork {

    private UnitOfWork() {
    }

    public static <T> T joining(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }

    public static void joining(Runnable work) {
        QuarkusTransaction.joiningExisting().run(work);
    }

    /** Refuses to run outside the caller's unit of work, where a lock would end as soon as it is taken. */
    public static void requireActive(String what) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException(what + " runs only inside a unit of work (Transactions.inTransaction)");
        }
    }
}
