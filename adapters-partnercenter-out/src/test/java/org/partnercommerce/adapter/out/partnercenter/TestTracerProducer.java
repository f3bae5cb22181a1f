package org.partnercommerce.adapter.out.partnercenter;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The tracer the adapter's beans are given in its own tests: one that makes no spans. The service's
 * bootstrap gives the OpenTelemetry extension's; the spans themselves are tested in ResilientCallerTest.
 */
public class TestTracerProducer {

    @Produces
    @Singleton
    Tracer tracer() {
        return TracerProvider.noop().get(TestTracerProducer.class.getName());
    }
}
