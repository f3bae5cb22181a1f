package org.partnercommerce.adapter.in.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnercommerce.adapter.in.rest.headers.CallerRequestId;
import org.partnercommerce.adapter.in.rest.headers.CorrelationId;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} (a cart is small) with
 * a 413 problem, before a byte of it is read. Without this the HTTP server answers a bare 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maximumBytes;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maximum,
                  ObjectMapper json) {
        this.maximumBytes = maximum.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            String correlationId = CorrelationId.from(context.request().getHeader(CorrelationId.HEADER));
            ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
            Problem problem = new Problem(type.uri(), type.title(), type.status(),
                    "The request body is " + length + " bytes; this API accepts at most " + maximumBytes + ".",
                    context.request().path(), null, correlationId, null);
            context.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .putHeader(CorrelationId.HEADER, correlationId)
                    .putHeader(CallerRequestId.HEADER, CallerRequestId.answered(context.request().getHeader(CallerRequestId.HEADER)))
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(write(problem));
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

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":413}";
        }
    }
}
