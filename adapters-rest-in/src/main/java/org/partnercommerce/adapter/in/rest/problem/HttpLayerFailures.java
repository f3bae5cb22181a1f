package org.partnercommerce.adapter.in.rest.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;
import org.partnercommerce.application.port.out.StoreUnavailable;

/**
 * What the router refuses before any resource is reached — a request without {@code Host} (the
 * framework's error page, with its exception's name), a query the router cannot decode — answered
 * as every other refusal is: problem+json, no internal names. So is a failure outside any resource
 * (a filter, a handler of the router): our database unreachable is a 503 with {@code Retry-After},
 * anything else a 500 that names nothing internal. A 401 goes on to the framework's own handling,
 * with its challenge.
 * A malformed URI reaches it from {@link UriSyntax}. (What Vert.x's HTTP decoder refuses — its
 * 414 and 431, a control character in a header — is answered without a body: it never reaches the
 * router, and Quarkus 3.34 lets no application write that answer.)
 */
@ApplicationScoped
class HttpLayerFailures {

    private static final Logger LOG = Logger.getLogger(HttpLayerFailures.class);
    private static final int ROUTE_ORDER = Integer.MIN_VALUE;

    private final RouteProblems problems;
    private final StoreUnavailableMapper databaseUnavailable;

    HttpLayerFailures(RouteProblems problems, StoreUnavailableMapper databaseUnavailable) {
        this.problems = problems;
        this.databaseUnavailable = databaseUnavailable;
    }

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).failureHandler(this::answer);
    }

    void answer(RoutingContext request) {
        int status = statusOf(request);
        if (status == 401 || request.response().headWritten() || request.response().ended()) {
            request.next();
            return;
        }
        String correlationId = RouteProblems.correlationIdOf(request);
        if (status >= 400 && status < 500) {
            String detail = String.valueOf(request.failure() == null ? "" : request.failure().getMessage()).contains("'Host' header")
                    ? "An HTTP/1.1 request needs a Host header."
                    : "The request cannot be read: its path, query or headers are not valid (check their percent-encoding).";
            LOG.debugf("Refused by the HTTP layer: %s %s answered %d (%s) [%s]", request.request().method(),
                    request.request().uri(), status, detail, correlationId);
            problems.answer(request, correlationId, ProblemType.forStatus(status), detail, Map.of());
        } else if (isStoreUnavailable(request.failure())) {
            LOG.warnf("Answered 503, the database cannot be reached: %s [%s]", request.failure().getMessage(), correlationId);
            problems.answer(request, correlationId, ProblemType.DATABASE_UNAVAILABLE, databaseUnavailable.detail(),
                    Map.of(HttpHeaders.RETRY_AFTER.toString(), Integer.toString(databaseUnavailable.retryAfterSeconds())));
        } else {
            LOG.errorf(request.failure(), "Unexpected failure outside any resource [%s]", correlationId);
            problems.answer(request, correlationId, ProblemType.INTERNAL_ERROR,
                    "The request could not be completed. Quote the correlation id when you report it.", Map.of());
        }
    }

    private static boolean isStoreUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StoreUnavailable) {
                return true;
            }
        }
        return false;
    }

    /** The 4xx the router failed the request with, or the status of the HTTP exception it failed with; -1 for neither. */
    private static int statusOf(RoutingContext request) {
        if (request.failure() instanceof HttpException http) {
            return http.getStatusCode();
        }
        return request.statusCode();
    }
}
