package org.partnercommerce.adapter.out.partnercenter.http;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Stops calling a Partner Center that keeps failing. Closed: every attempt passes; after
 * {@code failureThreshold} failed attempts in a row (408, 429, 5xx, I/O — a 4xx answer means
 * Partner Center is up and counts as a success) it opens. Open: no attempt passes, and the caller
 * learns how long until the circuit half-opens. Half-open: one trial attempt passes; its success
 * closes the circuit, its failure opens it again.
 *
 * <p>Hand-written rather than SmallRye Fault Tolerance's {@code @CircuitBreaker}: it must see each
 * attempt inside our retry loop (which keeps one MS-RequestId and honours Retry-After), must classify
 * outcomes our way, and must say when to come back ({@code Unavailable.retryAfter}), which
 * {@code CircuitBreakerOpenException} does not; it is small enough to be tested to the letter.
 * A throttling answer longer than {@code openDuration} keeps the circuit open as long as it asks.
 */
public final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    /** What to tell callers while the one trial attempt is still out. */
    static final Duration TRIAL_PENDING = Duration.ofSeconds(1);

    private final int failureThreshold;
    private final Duration openDuration;
    private final InstantSource clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openDuration, InstantSource clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.openDuration = openDuration;
        this.clock = clock;
    }

    /** Whether an attempt may go out now. Every {@code true} must be followed by exactly one {@code record...} call. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && !clock.instant().isBefore(openUntil)) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    /** How long until an attempt may pass again (zero when it may now). */
    public synchronized Duration retryAfter() {
        return switch (state) {
            case CLOSED -> Duration.ZERO;
            case HALF_OPEN -> trialInFlight ? TRIAL_PENDING : Duration.ZERO;
            case OPEN -> {
                Duration left = Duration.between(clock.instant(), openUntil);
                yield left.isNegative() ? Duration.ZERO : left;
            }
        };
    }

    /** Partner Center answered (2xx, or a 4xx that says it is up). */
    public synchronized void recordSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    /** The attempt failed in a way that says Partner Center is in trouble; {@code retryAfter} may be null. */
    public synchronized void recordFailure(Duration retryAfter) {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            Duration wait = retryAfter != null && retryAfter.compareTo(openDuration) > 0 ? retryAfter : openDuration;
            state = State.OPEN;
            openUntil = clock.instant().plus(wait);
            trialInFlight = false;
        }
    }

    /** The attempt ended without telling anything about Partner Center (e.g. no token could be had). */
    public synchronized void release() {
        if (state == State.HALF_OPEN) {
            trialInFlight = false;
        }
    }

    synchronized State state() {
        return state;
    }
}
