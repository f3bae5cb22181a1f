package org.partnercommerce.adapter.in.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnercommerce.adapter.in.rest.metrics.CallerMetrics;
import org.partnercommerce.adapter.in.rest.idempotency.IdempotencyKeyInUse;
import org.partnercommerce.adapter.in.rest.idempotency.IdempotencyKeyReused;
import org.partnercommerce.application.port.in.access.NotAllowed;
import org.partnercommerce.application.port.in.access.NotFound;

/**
 * What a request asked for that does not exist (or the caller may not see), what the caller may not
 * do with what it sees, and idempotency keys misused.
 */
public class RequestProblemMapper {

    private final ProblemResponses problems;
    private final CallerMetrics metrics;

    public RequestProblemMapper(ProblemResponses problems, CallerMetrics metrics) {
        this.problems = problems;
        this.metrics = metrics;
    }

    @ServerExceptionMapper
    public Response notFound(NotFound notFound, UriInfo uri) {
        if (notFound.beyondScope()) {
            metrics.refusedBeyondScope();
        }
        return problems.of(ProblemType.NOT_FOUND, notFound.getMessage(), notFound.code(), uri).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowed notAllowed, UriInfo uri) {
        metrics.refusedForbidden();
        return problems.of(ProblemType.FORBIDDEN, notAllowed.getMessage(), notAllowed.code(), uri).build();
    }

    @ServerExceptionMapper
    public Response keyInUse(IdempotencyKeyInUse inUse, UriInfo uri) {
        metrics.keyInUse();
        return problems.of(ProblemType.IDEMPOTENCY_KEY_IN_USE, inUse.getMessage(), null, uri).build();
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReused reused, UriInfo uri) {
        metrics.keyReused();
        return problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED, reused.getMessage(), null, uri).build();
    }
}
