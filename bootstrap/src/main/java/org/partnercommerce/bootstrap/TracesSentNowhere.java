package org.partnercommerce.bootstrap;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Traces are made in every mode — each log line carries its trace id, a caller's {@code traceparent}
 * is continued and passed on to Partner Center — and sent nowhere until an operator asks for OTLP
 * ({@code partnercommerce.traces.export=otlp}, with {@code quarkus.otel.exporter.otlp.endpoint}).
 *
 * <p>Why a bean: Quarkus chooses its exporter at build time ({@code quarkus.otel.traces.exporter}),
 * and by default sends to {@code http://localhost:4317}, warning every few seconds when no collector
 * listens there. It leaves its OTLP exporter out when the application has a span exporter of its own;
 * this one is that exporter, and it drops what it is given. It exists for lookup (which is how Quarkus
 * asks) only while the export is {@code none}, the default, so switching to OTLP needs no new build.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "partnercommerce.traces.export", stringValue = "none", lookupIfMissing = true)
public class TracesSentNowhere implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
