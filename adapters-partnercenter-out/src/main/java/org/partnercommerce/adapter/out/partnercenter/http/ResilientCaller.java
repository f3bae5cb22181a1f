package org.partnercommerce.adapter.out.partnercenter.http;

import com.fasterxml.jackson.core.JacksonException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.vertx.core.VertxException;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.out.partnercenter.auth.AccessToken;
import org.partnercommerce.adapter.out.partnercenter.auth.TokenSource;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterException.BadGateway;
import org.partnercommerce.application.port.out.PartnerCenterException.Unavailable;

/**
 * Runs one logical call to Partner Center as one or more HTTP attempts, all with the same
 * {@code MS-RequestId}: asks the operation's circuit breaker, puts a token on the attempt, retries what the
 * {@link RetryPolicy} allows (408, 429, 5xx, I/O failures and timeouts; never another 4xx),
 * waits what {@code Retry-After} asks, drops a token Partner Center refused (401) and tries once
 * more with a new one, and ends with a port exception. Plain Java: the exchange is any function
 * from headers to a result that throws {@link PartnerCenterHttpFailure} for an error answer. Each
 * operation has its own circuit breaker ({@link CircuitBreakers}). It reports each attempt's outcome,
 * each Retry-After it honours and each circuit's state to {@link PartnerCenterMetrics}, and makes each
 * logical call a span ({@link PartnerCenterSpans}) with its request id, retries and outcome, current
 * while its attempts run so that the REST client's spans of the attempts are its children.
 */
public final class ResilientCaller {

    /** Waits between attempts; a test passes one that only records. */
    @FunctionalInterface
    public interface Sleeper {

        void sleep(Duration duration) throws InterruptedException;

        Sleeper THREAD = duration -> Thread.sleep(duration);
    }

    private static final Logger LOG = Logger.getLogger(ResilientCaller.class);

    private final RetryPolicy policy;
    private final CircuitBreakers breakers;
    private final TokenSource tokens;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final PartnerCenterMetrics metrics;
    private final PartnerCenterSpans spans;

    public ResilientCaller(RetryPolicy policy, CircuitBreakers breakers, TokenSource tokens, InstantSource clock, Sleeper sleeper) {
        this(policy, breakers, tokens, clock, sleeper, PartnerCenterMetrics.unrecorded());
    }

    public ResilientCaller(RetryPolicy policy, CircuitBreakers breakers, TokenSource tokens, InstantSource clock, Sleeper sleeper,
                           PartnerCenterMetrics metrics) {
        this(policy, breakers, tokens, clock, sleeper, metrics, PartnerCenterSpans.untraced());
    }

    public ResilientCaller(RetryPolicy policy, CircuitBreakers breakers, TokenSource tokens, InstantSource clock, Sleeper sleeper,
                           PartnerCenterMetrics metrics, PartnerCenterSpans spans) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.spans = Objects.requireNonNull(spans, "spans");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.breakers = Objects.requireNonNull(breakers, "breakers");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * @param operation     what is asked, for the logs ("GET product")
     * @param requestId     the MS-RequestId of this logical call, sent on every attempt
     * @param served        the request being served: its correlation id and locale, sent on every attempt
     * @throws PartnerCenterException whatever Partner Center's last answer means, or Unavailable
     */
    public <T> T call(String operation, String requestId, ServedRequest served, Function<RequestHeaders, T> exchange) {
        Span span = spans.start(operation, requestId);
        try (Scope current = span.makeCurrent()) {
            return call(operation, requestId, served, exchange, span);
        } catch (RuntimeException failure) {
            PartnerCenterSpans.failed(span, failure);
            throw failure;
        } finally {
            span.end();
        }
    }

    private <T> T call(String operation, String requestId, ServedRequest served, Function<RequestHeaders, T> exchange, Span span) {
        CircuitBreaker breaker = breakers.of(operation);
        metrics.watch(operation, breaker);
        Instant started = clock.instant();
        int attempts = 0;
        boolean tokenRenewed = false;
        while (true) {
            if (!breaker.tryAcquire()) {
                Duration wait = breaker.retryAfter();
                LOG.debugf("Partner Center %s not sent: the circuit is open for %d ms more (MS-RequestId %s)",
                        operation, wait.toMillis(), requestId);
                PartnerCenterSpans.outcome(span, PartnerCenterSpans.CIRCUIT_OPEN);
                throw new Unavailable(null, "Partner Center has been failing; calls are paused for a while.", wait);
            }
            attempts++;
            Attempt outcome = attempt(operation, breaker, exchange, requestId, served, span);
            switch (outcome) {
                case Attempt.Succeeded<?> succeeded -> {
                    @SuppressWarnings("unchecked")
                    T result = (T) succeeded.result();
                    return result;
                }
                case Attempt.Final end -> throw end.exception();
                case Attempt.TokenRefused refused -> {
                    tokens.invalidate(refused.token());
                    if (tokenRenewed) {
                        throw refused.exception();
                    }
                    LOG.infof("Partner Center refused the token for %s (401); retrying once with a new token (MS-RequestId %s)",
                            operation, requestId);
                    tokenRenewed = true;
                    attempts--; // a renewed token is not a retry of a failure
                }
                case Attempt.Retryable failed -> {
                    Duration elapsed = Duration.between(started, clock.instant());
                    Duration asked = failed.exception().retryAfter().orElse(null);
                    var delay = policy.delayBeforeNextAttempt(attempts, elapsed, asked);
                    if (delay.isEmpty()) {
                        LOG.warnf("Partner Center %s failed after %d attempt(s) in %d ms: %s (MS-RequestId %s)",
                                operation, attempts, elapsed.toMillis(), failed.exception().getMessage(), requestId);
                        throw failed.exception();
                    }
                    LOG.infof("Partner Center %s failed: %s; attempt %d of %d follows in %d ms (MS-RequestId %s)", operation,
                            failed.exception().getMessage(), attempts + 1, policy.maxAttempts(), delay.get().toMillis(), requestId);
                    if (asked != null && !delay.get().minus(asked).isNegative()) {
                        metrics.honoured(asked);
                    }
                    PartnerCenterSpans.retrying(span, attempts, delay.get());
                    pause(delay.get());
                }
            }
        }
    }

    private <T> Attempt attempt(String operation, CircuitBreaker breaker, Function<RequestHeaders, T> exchange, String requestId,
                                ServedRequest served, Span span) {
        AccessToken token;
        try {
            token = tokens.token();
        } catch (Unavailable tokenEndpointDown) {
            breaker.release();
            return new Attempt.Retryable(tokenEndpointDown);
        } catch (RuntimeException noToken) {
            breaker.release();
            throw noToken;
        }
        try {
            T result = exchange.apply(new RequestHeaders(token.authorizationHeader(), requestId, served));
            breaker.recordSuccess();
            metrics.succeeded(operation);
            PartnerCenterSpans.outcome(span, PartnerCenterMetrics.SUCCESS);
            return new Attempt.Succeeded<>(result);
        } catch (RuntimeException e) {
            PartnerCenterHttpFailure answer = find(e, PartnerCenterHttpFailure.class);
            if (answer != null) {
                metrics.answered(operation, answer.status());
                PartnerCenterSpans.outcome(span, Integer.toString(answer.status()));
                if (answer.retryable()) {
                    breaker.recordFailure(answer.retryAfter());
                    return new Attempt.Retryable((Unavailable) answer.translation());
                }
                breaker.recordSuccess();
                return answer.status() == 401
                        ? new Attempt.TokenRefused(token, answer.translation())
                        : new Attempt.Final(answer.translation());
            }
            if (find(e, JacksonException.class) != null) {
                breaker.recordSuccess();
                metrics.succeeded(operation);
                PartnerCenterSpans.outcome(span, PartnerCenterMetrics.SUCCESS);
                return new Attempt.Final(new BadGateway(null, "Partner Center answered a body this service cannot read."));
            }
            if (isTransportFailure(e)) {
                breaker.recordFailure(null);
                boolean timedOut = isTimeout(e);
                metrics.unanswered(operation, timedOut);
                PartnerCenterSpans.outcome(span, timedOut ? PartnerCenterMetrics.TIMEOUT : PartnerCenterMetrics.IO);
                return new Attempt.Retryable(new Unavailable(null,
                        "Partner Center could not be reached or did not answer in time (" + describe(e) + ").", null));
            }
            breaker.release();
            throw e;
        }
    }

    /**
     * Connection refused or reset, timeouts: the REST client wraps most in ProcessingException, but a
     * connection Vert.x closes under a request in flight ({@code HttpClosedException}) and other
     * Vert.x transport errors arrive bare. Each leaves it unknown whether Partner Center acted: the
     * call is retried with the same MS-RequestId, and ends Unavailable (503), never as our error.
     */
    static boolean isTransportFailure(Throwable e) {
        return find(e, ProcessingException.class) != null
                || find(e, VertxException.class) != null
                || find(e, IOException.class) != null
                || find(e, UncheckedIOException.class) != null
                || find(e, TimeoutException.class) != null;
    }

    /** A transport failure that is a timeout (the REST client's, Vert.x's, or a socket's), not a failed connection. */
    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static <X extends Throwable> X find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private void pause(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(null, "Interrupted while waiting to retry a Partner Center call.", null);
        }
    }

    private sealed interface Attempt {

        record Succeeded<T>(T result) implements Attempt {
        }

        record Final(PartnerCenterException exception) implements Attempt {
        }

        record TokenRefused(AccessToken token, PartnerCenterException exception) implements Attempt {
        }

        record Retryable(Unavailable exception) implements Attempt {
        }
    }
}
