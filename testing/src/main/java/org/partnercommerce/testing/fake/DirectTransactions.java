package org.partnercommerce.testing.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.partnercommerce.application.port.out.Transactions;

/**
 * Runs the work as it is, for services tested over in-memory stores, and tells which unit of
 * work the calling thread runs in: each is numbered in the order it began, from 1.
 */
public final class DirectTransactions implements Transactions {

    private final ThreadLocal<Deque<Integer>> running = ThreadLocal.withInitial(ArrayDeque::new);
    private final AtomicInteger begun = new AtomicInteger();
    private final Outage outage;

    public DirectTransactions() {
        this(new Outage());
    }

    /** Units of work that fail while {@code outage} lasts. */
    public DirectTransactions(Outage outage) {
        this.outage = outage;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        outage.check("unit of work");
        running.get().push(begun.incrementAndGet());
        try {
            return work.get();
        } finally {
            running.get().pop();
        }
    }

    /** Whether the caller runs inside a unit of work. */
    public boolean inUnitOfWork() {
        return !running.get().isEmpty();
    }

    /** The number of the unit of work the caller runs in; 0 outside any. */
    public int current() {
        Integer innermost = running.get().peek();
        return innermost == null ? 0 : innermost;
    }

    /** How many units of work have begun, on any thread. */
    public int begun() {
        return begun.get();
    }
}
