package org.partnercommerce.adapter.out.partnercenter.http;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import java.time.Duration;
import java.util.Objects;

/**
 * What the {@link ResilientCaller} tells about its calls to Partner Center, as trace spans: one span
 * per logical call, named {@code Partner Center <operation>}, a child of the span current when it is
 * made (the request being served, or a recovery run). The REST client's own spans, one per HTTP
 * attempt with its URL and exact {@code http.response.status_code}, are its children. It carries the
 * operation ({@code partnercenter.operation}), the {@code MS-RequestId} every attempt sent
 * ({@code partnercenter.request_id}), the retries made ({@code partnercenter.retries}, each also a
 * {@code partnercenter.retry} event with the wait before it) and the last attempt's outcome
 * ({@code partnercenter.status}: an HTTP status, {@code 2xx}, {@code timeout}, {@code io} as in
 * {@link PartnerCenterMetrics}, or {@code circuit_open} when nothing was sent). A call that ends in
 * an exception ends with the error status. No state but the tracer: each span is the caller's local.
 */
public final class PartnerCenterSpans {

    public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("partnercenter.operation");
    public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("partnercenter.request_id");
    public static final AttributeKey<Long> RETRIES = AttributeKey.longKey("partnercenter.retries");
    public static final AttributeKey<String> STATUS = AttributeKey.stringKey("partnercenter.status");
    public static final String RETRY_EVENT = "partnercenter.retry";
    public static final AttributeKey<Long> RETRY_WAIT_MS = AttributeKey.longKey("partnercenter.retry.wait_ms");
    static final String CIRCUIT_OPEN = "circuit_open";

    private final Tracer tracer;

    public PartnerCenterSpans(Tracer tracer) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
    }

    /** Spans made nowhere: for a caller built outside the container (tests). */
    public static PartnerCenterSpans untraced() {
        return new PartnerCenterSpans(TracerProvider.noop().get(PartnerCenterSpans.class.getName()));
    }

    /** Starts the span of one logical call; the caller makes it current around its attempts and ends it. */
    Span start(String operation, String requestId) {
        return tracer.spanBuilder("Partner Center " + operation)
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute(OPERATION, operation)
                .setAttribute(REQUEST_ID, requestId)
                .setAttribute(RETRIES, 0L)
                .startSpan();
    }

    /** The outcome of the latest attempt, in the metrics' words. */
    static void outcome(Span call, String status) {
        call.setAttribute(STATUS, status);
    }

    /** The call retries: {@code retries} so far, the next attempt after {@code wait}. */
    static void retrying(Span call, int retries, Duration wait) {
        call.setAttribute(RETRIES, (long) retries);
        call.addEvent(RETRY_EVENT, Attributes.of(RETRIES, (long) retries, RETRY_WAIT_MS, wait.toMillis()));
    }

    /** The call ends in this exception. */
    static void failed(Span call, RuntimeException failure) {
        call.recordException(failure);
        call.setStatus(StatusCode.ERROR, failure.getMessage());
    }
}
