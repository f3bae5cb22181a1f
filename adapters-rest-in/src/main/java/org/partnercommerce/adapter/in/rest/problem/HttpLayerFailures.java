package org.partnercommerce.adapter.in.rest.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.in.rest.headers.CallerRequestId;
import org.partnercommerce.adapter.in.rest.headers.CorrelationId;

/**
 * What the router refuses before any resource is reached — a request without {@code Host} (the
 * framework's error page, with its exception's name), a query the router cannot decode — answered
 * as every other refusal is: problem+json, no internal names. Failures it does not recognise go on
 * to the framework's own handling: 401 (with its challenge) and everything that is not a 4xx.
 * (A URI Quarkus finds invalid before routing, and Vert.x's own 414 and 431, are still answered
 * without a body: they never reach the router.)
 */
@ApplicationScoped
class HttpLayerFailures {

    private static final Logger LOG = Logger.getLogger(HttpLayerFailures.class);
    private static final int ROUTE_ORDER = Integer.MIN_VALUE;

    private final ProblemResponses problems;

    HttpLayerFailures(ProblemResponses problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).failureHandler(this::answer);
    }

    void answer(RoutingContext request) {
        int status = statusOf(request);
        if (status < 400 || status >= 500 || status == 401 || request.response().headWritten()) {
            request.next();
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = String.valueOf(request.failure() == null ? "" : request.failure().getMessage()).contains("'Host' header")
                ? "An HTTP/1.1 request needs a Host header."
                : "The request cannot be read: its path, query or headers are not valid (check their percent-encoding).";
        String correlationId = CorrelationId.from(request.request().getHeader(CorrelationId.HEADER));
        LOG.debugf("Refused by the HTTP layer: %s %s answered %d (%s) [%s]", request.request().method(),
                request.request().uri(), status, detail, correlationId);
        request.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(CorrelationId.HEADER, correlationId)
                .putHeader(CallerRequestId.HEADER, CallerRequestId.answered(request.request().getHeader(CallerRequestId.HEADER)))
                .end(problems.json(type, detail, null, correlationId));
    }

    /** The 4xx the router failed the request with, or the status of the HTTP exception it failed with; -1 for neither. */
    private static int statusOf(RoutingContext request) {
        if (request.failure() instanceof HttpException http) {
            return http.getStatusCode();
        }
        return request.statusCode();
    }
}
