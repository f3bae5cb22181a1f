package org.partnercommerce.emulator.state;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Counts the changes to the emulator's mutable state (carts, orders, purchases, replays, refresh
 * tokens) and keeps a snapshot from seeing half of one. Requests run {@link #during} a shared
 * (read) lock, so they never wait for each other; only taking a snapshot for the state file takes
 * the exclusive lock, briefly, and only when there is a state file. A request's work and the
 * replay record of its answer therefore reach the file together or not at all.
 */
public final class StateChanges {

    private final AtomicLong version = new AtomicLong();
    private final ReentrantReadWriteLock lock;

    private StateChanges(ReentrantReadWriteLock lock) {
        this.lock = lock;
    }

    /** For an emulator with a state file. */
    public static StateChanges guarded() {
        return new StateChanges(new ReentrantReadWriteLock());
    }

    /** For an emulator without a state file: nothing ever takes a snapshot, so nothing is locked. */
    public static StateChanges unguarded() {
        return new StateChanges(null);
    }

    /** Called by a store after it changed. */
    public void changed() {
        version.incrementAndGet();
    }

    public long version() {
        return version.get();
    }

    /** Runs a request's work; any number at once. Never call {@link #exclusively} from inside. */
    public <T> T during(Supplier<T> work) {
        if (lock == null) {
            return work.get();
        }
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs while no request is changing anything, e.g. to copy the state for the state file. */
    public <T> T exclusively(Supplier<T> work) {
        if (lock == null) {
            return work.get();
        }
        if (lock.getReadHoldCount() > 0) {
            throw new IllegalStateException("A snapshot cannot be taken from inside a change");
        }
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
