package org.partnercommerce.emulator.subscription;

import org.partnercommerce.emulator.state.StateChanges;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The subscriptions that were cancelled, by subscription id. A cancelled subscription is
 * {@code deleted}: it is still listed, no longer billed each cycle, and its last cycle charge is
 * credited on the next invoice.
 */
public final class Cancellations {

    private final ConcurrentMap<String, Cancellation> cancelled = new ConcurrentHashMap<>();
    private final StateChanges changes;

    public Cancellations(StateChanges changes) {
        this.changes = changes;
    }

    /** Cancels the subscription, unless it already is; the cancellation that holds. */
    public Cancellation cancel(Cancellation cancellation) {
        Cancellation held = cancelled.putIfAbsent(key(cancellation.subscriptionId()), cancellation);
        if (held != null) {
            return held;
        }
        changes.changed();
        return cancellation;
    }

    public Optional<Cancellation> of(String subscriptionId) {
        return subscriptionId == null ? Optional.empty() : Optional.ofNullable(cancelled.get(key(subscriptionId)));
    }

    public List<Cancellation> all() {
        return cancelled.values().stream().sorted(Comparator.comparing(Cancellation::cancelledAt)
                .thenComparing(Cancellation::subscriptionId)).toList();
    }

    public void restore(List<Cancellation> restored) {
        cancelled.clear();
        restored.forEach(cancellation -> cancelled.put(key(cancellation.subscriptionId()), cancellation));
    }

    public void clear() {
        cancelled.clear();
        changes.changed();
    }

    private static String key(String subscriptionId) {
        return subscriptionId.toLowerCase(Locale.ROOT);
    }
}
