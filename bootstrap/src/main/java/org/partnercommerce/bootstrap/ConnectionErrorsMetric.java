package org.partnercommerce.bootstrap;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Requests Vert.x cannot even decode — a header or request line over the limits, a control
 * character in a header, a Content-Length that is not a number — are counted in
 * {@code http_server_errors_total}, under one series: the framework labels each with its
 * exception's class name ({@code io.netty...TooLongHttpHeaderException}), which names our insides
 * to anyone reading the metrics. The count is kept, the class dropped.
 */
public class ConnectionErrorsMetric {

    static final String NAME = "http.server.errors";
    private static final String CLASS_TAG = "class";

    @Produces
    @Singleton
    MeterFilter withoutExceptionClassNames() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().equals(NAME) || id.getTag(CLASS_TAG) == null) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream().filter(tag -> !tag.getKey().equals(CLASS_TAG)).toList());
            }
        };
    }
}
