package org.partnercommerce.adapter.out.partnercenter.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed call again, and after how long: only after 408, 429, 5xx or an I/O failure
 * (the caller decides which failure it has); at most {@code maxAttempts} attempts; exponential
 * backoff with full jitter (a uniform wait between zero and {@code initialBackoff * 2^(n-1)},
 * capped at {@code maxBackoff}), but never shorter than a {@code Retry-After}; and no retry whose
 * wait would end past {@code maxDuration} after the first attempt began.
 */
public final class RetryPolicy {

    /** Picks the jittered wait: a value in {@code [0, maxNanos]}. */
    @FunctionalInterface
    public interface Jitter {

        long pick(long maxNanos);

        Jitter FULL = maxNanos -> ThreadLocalRandom.current().nextLong(maxNanos + 1);
    }

    private final int maxAttempts;
    private final Duration maxDuration;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Jitter jitter;

    public RetryPolicy(int maxAttempts, Duration maxDuration, Duration initialBackoff, Duration maxBackoff, Jitter jitter) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.maxDuration = requirePositive(maxDuration, "maxDuration");
        this.initialBackoff = requirePositive(initialBackoff, "initialBackoff");
        this.maxBackoff = maxBackoff.compareTo(initialBackoff) < 0 ? initialBackoff : maxBackoff;
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    /** 408 Request Timeout, 429 Too Many Requests and every 5xx. Never another 4xx. */
    public static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The wait before the next attempt, or empty when the call must give up.
     *
     * @param attemptsMade attempts made so far (1 after the first failure)
     * @param elapsed      time since the first attempt began
     * @param retryAfter   the wait Partner Center asked for, or null
     */
    public Optional<Duration> delayBeforeNextAttempt(int attemptsMade, Duration elapsed, Duration retryAfter) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = Duration.ofNanos(jitter.pick(backoffCap(attemptsMade).toNanos()));
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        if (elapsed.plus(delay).compareTo(maxDuration) >= 0) {
            return Optional.empty();
        }
        return Optional.of(delay);
    }

    /** {@code initialBackoff * 2^(attemptsMade-1)}, at most {@code maxBackoff}. */
    Duration backoffCap(int attemptsMade) {
        Duration cap = initialBackoff;
        for (int i = 1; i < attemptsMade && cap.compareTo(maxBackoff) < 0; i++) {
            cap = cap.multipliedBy(2);
        }
        return cap.compareTo(maxBackoff) < 0 ? cap : maxBackoff;
    }

    private static Duration requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
        return duration;
    }
}
