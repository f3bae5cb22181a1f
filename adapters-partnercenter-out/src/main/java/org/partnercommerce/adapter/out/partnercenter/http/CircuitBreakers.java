package org.partnercommerce.adapter.out.partnercenter.http;

import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link CircuitBreaker} per Partner Center operation ({@code "POST checkout"}, {@code "GET products"}):
 * a burst of failures of one operation pauses that operation alone, and cart creation or catalog
 * reads go on while checkouts fail. The operations are the fixed names the adapters call with, so
 * the map stays small.
 */
public final class CircuitBreakers {

    private final int failureThreshold;
    private final Duration openDuration;
    private final InstantSource clock;
    private final ConcurrentMap<String, CircuitBreaker> byOperation = new ConcurrentHashMap<>();

    public CircuitBreakers(int failureThreshold, Duration openDuration, InstantSource clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.openDuration = openDuration;
        this.clock = clock;
    }

    /** The breaker of the operation, made when the operation is first called. */
    public CircuitBreaker of(String operation) {
        return byOperation.computeIfAbsent(operation, ignored -> new CircuitBreaker(failureThreshold, openDuration, clock));
    }
}
