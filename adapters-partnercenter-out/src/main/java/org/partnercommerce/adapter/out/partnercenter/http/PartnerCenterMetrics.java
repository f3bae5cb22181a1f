package org.partnercommerce.adapter.out.partnercenter.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;

/**
 * What the {@link ResilientCaller} tells about its calls to Partner Center, as metrics: each HTTP
 * attempt by operation and outcome ({@code partnercommerce_partner_center_calls_total}), the 429s
 * among them ({@code ..._throttled_total}), each {@code Retry-After} honoured
 * ({@code ..._retry_after_seconds}) and whether an operation's circuit is open
 * ({@code ..._circuit_open}, 1 or 0). Every label comes from a bounded set: the operation is one of
 * the fixed names the adapters call with, the status an HTTP status, {@code timeout} or {@code io}.
 */
public final class PartnerCenterMetrics {

    static final String CALLS = "partnercommerce.partner.center.calls";
    static final String THROTTLED = "partnercommerce.partner.center.throttled";
    static final String RETRY_AFTER = "partnercommerce.partner.center.retry.after";
    static final String CIRCUIT_OPEN = "partnercommerce.partner.center.circuit.open";

    /** The status of an attempt Partner Center answered with success (the exchange does not see which 2xx). */
    static final String SUCCESS = "2xx";
    static final String TIMEOUT = "timeout";
    static final String IO = "io";

    private final MeterRegistry registry;
    private final DistributionSummary retryAfter;

    public PartnerCenterMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.retryAfter = DistributionSummary.builder(RETRY_AFTER)
                .description("The Retry-After Partner Center asked for, and the caller waited, before retrying")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Metrics kept nowhere: for a caller built outside the container (tests). */
    public static PartnerCenterMetrics unrecorded() {
        return new PartnerCenterMetrics(new CompositeMeterRegistry());
    }

    /** Partner Center answered an attempt of the operation with success. */
    void succeeded(String operation) {
        count(operation, SUCCESS);
    }

    /** Partner Center answered an attempt of the operation with an error status; a 429 is throttling. */
    void answered(String operation, int status) {
        count(operation, Integer.toString(status));
        if (status == 429) {
            throttled(operation).increment();
        }
    }

    /** An attempt got no answer: it timed out, or the connection failed. */
    void unanswered(String operation, boolean timedOut) {
        count(operation, timedOut ? TIMEOUT : IO);
    }

    /** The caller waits this long before the next attempt, as Partner Center's Retry-After asked. */
    void honoured(Duration wait) {
        retryAfter.record(wait.toMillis() / 1000.0);
    }

    /**
     * Shows the operation's circuit as open (1) while it refuses attempts, closed (0) otherwise; and
     * its throttling from zero, so that a rate over it is there before the first 429.
     */
    void watch(String operation, CircuitBreaker breaker) {
        throttled(operation);
        Gauge.builder(CIRCUIT_OPEN, breaker, watched -> watched.retryAfter().isPositive() ? 1 : 0)
                .description("Whether the circuit breaker of a Partner Center operation refuses calls now (1) or not (0)")
                .tag("operation", operation)
                .register(registry);
    }

    private Counter throttled(String operation) {
        return Counter.builder(THROTTLED).description("Partner Center answers 429 Too Many Requests")
                .tag("operation", operation).register(registry);
    }

    private void count(String operation, String status) {
        Counter.builder(CALLS).description("HTTP attempts to Partner Center, by operation and status")
                .tag("operation", operation).tag("status", status).register(registry).increment();
    }
}
