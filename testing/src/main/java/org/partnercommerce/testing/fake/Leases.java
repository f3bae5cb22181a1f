package org.partnercommerce.testing.fake;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The claims of the in-memory stores: one lease per key, held by one claimant until it runs out. */
final class Leases<K> {

    private record Lease(String claimant, Instant until) {
    }

    private final Map<K, Lease> leases = new ConcurrentHashMap<>();

    /** Takes or renews the lease, unless another claimant holds one that has not run out at {@code now}. */
    synchronized boolean claim(K key, String claimant, Instant until, Instant now) {
        Lease held = leases.get(key);
        if (held != null && !held.claimant().equals(claimant) && held.until().isAfter(now)) {
            return false;
        }
        leases.put(key, new Lease(claimant, until));
        return true;
    }

    /** Gives the lease back, if {@code claimant} holds it. */
    void release(K key, String claimant) {
        leases.computeIfPresent(key, (id, held) -> held.claimant().equals(claimant) ? null : held);
    }

    /** Whether nobody holds a lease on the key that runs past {@code now}. */
    boolean free(K key, Instant now) {
        Lease held = leases.get(key);
        return held == null || !held.until().isAfter(now);
    }

    Optional<String> holder(K key) {
        return Optional.ofNullable(leases.get(key)).map(Lease::claimant);
    }
}
