package org.partnercommerce.adapter.in.rest.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} (a cart is small) with
 * a 413 problem, before a byte of it is read (the connection is not used again: {@link RouteProblems}).
 * Without this the HTTP server answers a bare 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maximumBytes;
    private final RouteProblems problems;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maximum,
                  RouteProblems problems) {
        this.maximumBytes = maximum.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(UriSyntax.ROUTE_ORDER + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            problems.answer(context, RouteProblems.correlationIdOf(context), ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is " + length + " bytes; this API accepts at most " + maximumBytes + ".", Map.of());
            return;
        }
        context.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maximumBytes;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
