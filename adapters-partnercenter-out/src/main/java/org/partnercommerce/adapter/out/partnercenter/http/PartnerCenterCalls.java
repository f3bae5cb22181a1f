package org.partnercommerce.adapter.out.partnercenter.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.oidc.client.OidcClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.MDC;
import org.partnercommerce.adapter.out.partnercenter.PartnerCenterConfig;
import org.partnercommerce.adapter.out.partnercenter.auth.OidcTokenSource;

/**
 * Every call to Partner Center goes through here: one token source, a circuit breaker per operation
 * and one retry policy for the whole service. A read mints its own {@code MS-RequestId}; a purchase
 * (create cart, checkout) brings the one it stored before calling, so that a retry — here, or
 * after a crash — is recognised by Partner Center as the same request.
 */
@ApplicationScoped
public class PartnerCenterCalls {

    /** The logging MDC key the inbound API puts the caller's correlation id under. */
    public static final String CORRELATION_ID_MDC_KEY = "correlationId";
    /** The logging MDC key the inbound API puts the caller's {@code X-Locale} under, when it sent one. */
    public static final String LOCALE_MDC_KEY = "locale";

    private final ResilientCaller caller;

    /** Calls whose metrics and spans are kept nowhere: for a client built outside the container (tests). */
    public PartnerCenterCalls(PartnerCenterConfig config, InstantSource clock, OidcClients oidcClients) {
        this(config, clock, oidcClients, PartnerCenterMetrics.unrecorded(), PartnerCenterSpans.untraced());
    }

    @Inject
    public PartnerCenterCalls(PartnerCenterConfig config, InstantSource clock, OidcClients oidcClients, MeterRegistry registry,
                              Tracer tracer) {
        this(config, clock, oidcClients, new PartnerCenterMetrics(registry), new PartnerCenterSpans(tracer));
    }

    private PartnerCenterCalls(PartnerCenterConfig config, InstantSource clock, OidcClients oidcClients,
                               PartnerCenterMetrics metrics, PartnerCenterSpans spans) {
        PartnerCenterConfig.Retry retry = config.retry();
        this.caller = new ResilientCaller(
                new RetryPolicy(retry.maxAttempts(), retry.maxDuration(), retry.initialBackoff(), retry.maxBackoff(),
                        RetryPolicy.Jitter.FULL),
                new CircuitBreakers(config.circuitBreaker().failureThreshold(), config.circuitBreaker().openDuration(), clock),
                OidcTokenSource.from(config, oidcClients),
                clock,
                ResilientCaller.Sleeper.THREAD,
                metrics,
                spans);
    }

    /** A call with a new {@code MS-RequestId} (reads, and anything safe to repeat). */
    public <T> T call(String operation, Function<RequestHeaders, T> exchange) {
        return call(operation, UUID.randomUUID().toString(), exchange);
    }

    /**
     * A call that carries its own {@code MS-RequestId}, the same on every attempt. This is what makes
     * retrying a POST or PUT (408, 429, 5xx, a lost answer) safe: Partner Center answers a repeated
     * request id with its first answer instead of doing the work twice. So the request id of a
     * purchase comes from the caller, who stored it before calling, and nothing on the way mints
     * another one.
     */
    public <T> T call(String operation, String requestId, Function<RequestHeaders, T> exchange) {
        return caller.call(operation, requestId, servedRequest(), exchange);
    }

    /**
     * The request being served, as the inbound API put it in the logging context: its correlation id
     * (else a new one) and its caller's locale (else Partner Center's default).
     */
    static ServedRequest servedRequest() {
        return new ServedRequest(mdc(CORRELATION_ID_MDC_KEY).orElseGet(() -> UUID.randomUUID().toString()),
                locale());
    }

    /** The locale the request being served asked for, or Partner Center's default. */
    public static String locale() {
        return mdc(LOCALE_MDC_KEY).orElse(ServedRequest.DEFAULT_LOCALE);
    }

    private static Optional<String> mdc(String key) {
        Object value = MDC.get(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }
}
