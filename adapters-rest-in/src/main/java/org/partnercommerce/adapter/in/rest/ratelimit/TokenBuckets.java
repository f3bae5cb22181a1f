package org.partnercommerce.adapter.in.rest.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per caller: each holds at most {@code burst} tokens, gains {@code perSecond}
 * tokens a second, and a request takes one. A caller with an empty bucket is told how long until
 * its next token. A bucket that has filled up again is the same as none, so idle buckets are
 * dropped (at most once a second, once more than {@code keptIdle} callers are known): memory
 * stays bounded by the callers active within the last {@code burst / perSecond} seconds.
 */
public final class TokenBuckets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** What a request is told. */
    public sealed interface Admission {
        record Admitted() implements Admission {
        }

        /** @param retryAfter until the caller's next token */
        record Refused(Duration retryAfter) implements Admission {
        }
    }

    private record Bucket(double tokens, long at) {
    }

    private final double perSecond;
    private final int burst;
    private final int keptIdle;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE);

    public TokenBuckets(double perSecond, int burst, int keptIdle) {
        if (!(perSecond > 0) || burst < 1 || keptIdle < 0) {
            throw new IllegalArgumentException("A rate limit needs a positive rate and a burst of at least 1; got "
                    + perSecond + "/s and " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.keptIdle = keptIdle;
    }

    public Admission take(String caller, Instant now) {
        long at = nanos(now);
        sweepIfLarge(at);
        double[] before = new double[1];
        buckets.compute(caller, (key, bucket) -> {
            before[0] = filled(bucket, at);
            return new Bucket(before[0] >= 1 ? before[0] - 1 : before[0], at);
        });
        if (before[0] >= 1) {
            return new Admission.Admitted();
        }
        double missing = 1 - before[0];
        return new Admission.Refused(Duration.ofNanos((long) Math.ceil(missing / perSecond * NANOS_PER_SECOND)));
    }

    /** How many callers have a bucket that is not full: for the tests of eviction. */
    int callersKnown() {
        return buckets.size();
    }

    private double filled(Bucket bucket, long at) {
        if (bucket == null) {
            return burst;
        }
        double elapsed = Math.max(0, at - bucket.at()) / (double) NANOS_PER_SECOND;
        return Math.min(burst, bucket.tokens() + elapsed * perSecond);
    }

    private void sweepIfLarge(long at) {
        long last = lastSweep.get();
        if (buckets.size() <= keptIdle || (last != Long.MIN_VALUE && at - last < NANOS_PER_SECOND)
                || !lastSweep.compareAndSet(last, at)) {
            return;
        }
        buckets.entrySet().removeIf(entry -> filled(entry.getValue(), at) >= burst);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
    }
}
