package org.partnercommerce.adapter.in.rest.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.partnercommerce.adapter.in.rest.headers.CallerRequestId;
import org.partnercommerce.adapter.in.rest.headers.CorrelationId;

/**
 * A problem answered by a Vert.x route, below JAX-RS (a limit, the load shedder, the HTTP layer's
 * failures): the status, {@code application/problem+json}, the path as the problem's instance, the
 * correlation id and the caller's request id, as every answer of the API carries them, and the
 * route's own headers. A request refused before its body was read is answered at once, with
 * {@code Connection: close}: the connection is not used again once the body has arrived.
 */
@ApplicationScoped
public class RouteProblems {

    private final ProblemResponses problems;

    RouteProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    /** The correlation id the caller sent, or a new one: one per request, for its log lines and its answer. */
    public static String correlationIdOf(RoutingContext request) {
        return CorrelationId.from(request.request().getHeader(CorrelationId.HEADER));
    }

    public void answer(RoutingContext request, String correlationId, ProblemType type, String detail, Map<String, String> headers) {
        HttpServerResponse response = request.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(CorrelationId.HEADER, correlationId)
                .putHeader(CallerRequestId.HEADER, CallerRequestId.answered(request.request().getHeader(CallerRequestId.HEADER)));
        headers.forEach(response::putHeader);
        if (hasUnreadBody(request.request())) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(problems.json(type, detail, request.request().path(), correlationId));
    }

    private static boolean hasUnreadBody(HttpServerRequest request) {
        if (request.isEnded()) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || (length != null && !"0".equals(length.strip()));
    }
}
