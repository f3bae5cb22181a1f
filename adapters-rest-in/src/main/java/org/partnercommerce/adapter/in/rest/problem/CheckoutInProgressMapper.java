package org.partnercommerce.adapter.in.rest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnercommerce.application.port.in.cart.CheckoutInProgress;

/**
 * Another request of ours is checking the cart out: 503 with Retry-After, its own problem type
 * (Partner Center is not at fault), and a 5xx, so that an Idempotency-Key is free for the retry
 * that then answers the orders made.
 */
public class CheckoutInProgressMapper {

    private final ProblemResponses problems;

    public CheckoutInProgressMapper(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response map(CheckoutInProgress inProgress, UriInfo uri) {
        return problems.of(ProblemType.CHECKOUT_IN_PROGRESS, inProgress.getMessage(), null, uri)
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, inProgress.retryAfter().toSeconds()))
                .build();
    }
}
