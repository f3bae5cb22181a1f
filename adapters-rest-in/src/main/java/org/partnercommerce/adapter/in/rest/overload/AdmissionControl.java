package org.partnercommerce.adapter.in.rest.overload;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.in.rest.problem.ProblemType;
import org.partnercommerce.adapter.in.rest.problem.RouteProblems;

/**
 * Sheds load early: at most {@code partnercommerce.api.max-in-flight} requests are served at once;
 * one more is answered at once, on the event loop, with 503, {@code Retry-After} and a problem,
 * before it takes a worker thread, a database connection or a Partner Center call. Without it an
 * overloaded instance queues work without bound, every answer gets slower, and Partner Center calls
 * time out for our own lack of CPU. The health, metrics and API description paths ({@code /q/})
 * are never shed, so that an orchestrator sees a busy instance as alive and ready.
 *
 * <p>Hand-made because no kept extension bounds requests before they reach a worker: Quarkus's
 * worker queue is unbounded, and SmallRye Fault Tolerance's {@code @Bulkhead} runs on the worker
 * thread, after the request has waited in that queue. A permit is held from arrival until the
 * answer ends or the connection closes (Vert.x's end handler runs in both cases).
 */
@ApplicationScoped
public class AdmissionControl {

    private static final Logger LOG = Logger.getLogger(AdmissionControl.class);

    /** After the checks of the URI and the body's size, before JAX-RS and everything under /q/. */
    private static final int ROUTE_ORDER = -1_000;

    private final int limit;
    private final int retryAfterSeconds;
    private final Semaphore inFlight;
    private final RouteProblems problems;

    AdmissionControl(@ConfigProperty(name = "partnercommerce.api.max-in-flight", defaultValue = "128") int limit,
                     @ConfigProperty(name = "partnercommerce.api.busy-retry-after-seconds", defaultValue = "1") int retryAfterSeconds,
                     RouteProblems problems) {
        if (limit < 1) {
            throw new IllegalArgumentException("partnercommerce.api.max-in-flight must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
        this.inFlight = new Semaphore(limit);
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::admit);
    }

    void admit(RoutingContext request) {
        if (request.normalizedPath().startsWith("/q/")) {
            request.next();
            return;
        }
        if (!inFlight.tryAcquire()) {
            refuse(request);
            return;
        }
        request.addEndHandler(ended -> inFlight.release());
        request.next();
    }

    private void refuse(RoutingContext request) {
        String correlationId = RouteProblems.correlationIdOf(request);
        LOG.debugf("Busy: %d requests in flight; %s %s answered 503 [%s]", limit, request.request().method(),
                request.normalizedPath(), correlationId);
        problems.answer(request, correlationId, ProblemType.OVERLOADED,
                "The service is serving as many requests as it can; nothing was done. Retry after " + retryAfterSeconds + " s.",
                Map.of(HttpHeaders.RETRY_AFTER.toString(), Integer.toString(retryAfterSeconds)));
    }
}
