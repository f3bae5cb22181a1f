package org.partnercommerce.adapter.in.rest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;

/**
 * What callers did that an operator watches for, each over a fixed label set, registered at start
 * so that a dashboard sees zeros rather than nothing:
 * <ul>
 *   <li>{@code partnercommerce_idempotent_requests_total{result}}: a repeat answered from its first
 *       answer ({@code replayed}), a key whose request is still being answered ({@code in_use}), a key
 *       sent again with another request ({@code reused});</li>
 *   <li>{@code partnercommerce_scoping_refusals_total{answer}}: a caller asking beyond what it may
 *       see or do: a customer that is not its own, answered as not found ({@code not_found}), or an
 *       action its role may not take ({@code forbidden}). A leaked token probing shows here.</li>
 * </ul>
 */
@Startup
@Singleton
public class CallerMetrics {

    private final Counter replayed;
    private final Counter inUse;
    private final Counter reused;
    private final Counter beyondScope;
    private final Counter forbidden;

    CallerMetrics(MeterRegistry registry) {
        replayed = idempotent(registry, "replayed");
        inUse = idempotent(registry, "in_use");
        reused = idempotent(registry, "reused");
        beyondScope = refusals(registry, "not_found");
        forbidden = refusals(registry, "forbidden");
    }

    public void replayed() {
        replayed.increment();
    }

    public void keyInUse() {
        inUse.increment();
    }

    public void keyReused() {
        reused.increment();
    }

    public void refusedBeyondScope() {
        beyondScope.increment();
    }

    public void refusedForbidden() {
        forbidden.increment();
    }

    private static Counter idempotent(MeterRegistry registry, String result) {
        return Counter.builder("partnercommerce.idempotent.requests")
                .description("Requests with an Idempotency-Key or MS-RequestId answered from a kept answer, or refused for their key")
                .tag("result", result).register(registry);
    }

    private static Counter refusals(MeterRegistry registry, String answer) {
        return Counter.builder("partnercommerce.scoping.refusals")
                .description("Requests refused for asking beyond the caller's customers or role")
                .tag("answer", answer).register(registry);
    }
}
