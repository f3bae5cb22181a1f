package org.partnercommerce.adapter.in.rest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnercommerce.application.port.in.cart.CheckoutInProgress;
import org.partnercommerce.application.port.in.order.OrderInProgress;

/**
 * Another request of ours is checking the cart out, or placing the same order: 503 with
 * Retry-After, a problem type of its own (Partner Center is not at fault), and a 5xx, so that an
 * Idempotency-Key is free for the retry that then answers the orders made.
 */
public class CheckoutInProgressMapper {

    private final ProblemResponses problems;

    public CheckoutInProgressMapper(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response map(CheckoutInProgress inProgress, UriInfo uri) {
        return inProgress(ProblemType.CHECKOUT_IN_PROGRESS, inProgress.getMessage(), inProgress.retryAfter(), uri);
    }

    @ServerExceptionMapper
    public Response map(OrderInProgress inProgress, UriInfo uri) {
        return inProgress(ProblemType.ORDER_IN_PROGRESS, inProgress.getMessage(), inProgress.retryAfter(), uri);
    }

    private Response inProgress(ProblemType type, String detail, Duration retryAfter, UriInfo uri) {
        return problems.of(type, detail, null, uri).header(HttpHeaders.RETRY_AFTER, Math.max(1, retryAfter.toSeconds())).build();
    }
}
