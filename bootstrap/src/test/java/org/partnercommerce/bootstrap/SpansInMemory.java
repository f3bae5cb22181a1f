package org.partnercommerce.bootstrap;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The spans the service ends, kept in memory for the tests to read: a span exporter of the tests'
 * own, beside {@link TracesSentNowhere} (which drops them). Quarkus hands every span to both.
 */
public class SpansInMemory {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
