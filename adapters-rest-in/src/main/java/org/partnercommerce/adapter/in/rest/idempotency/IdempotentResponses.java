package org.partnercommerce.adapter.in.rest.idempotency;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequestsUseCase;

/**
 * Keeps the answer of a request that claimed an idempotency key — whatever the answer, errors
 * included, once it decided something — unless the use case kept it already with its result.
 * A server error decided nothing: the key is freed.
 */
public class IdempotentResponses {

    private final IdempotencyKeys keys;
    private final IdempotentRequestsUseCase requests;

    public IdempotentResponses(IdempotencyKeys keys, IdempotentRequestsUseCase requests) {
        this.keys = keys;
        this.requests = requests;
    }

    @ServerResponseFilter
    public void keep(ContainerResponseContext response) {
        keys.claimed().ifPresent(request -> {
            if (keys.kept(response.getStatus())) {
                return;
            }
            if (response.getStatus() >= 500) {
                requests.release(request);
                return;
            }
            requests.remember(request, keys.answerOf(response.getStatus(), response.getMediaType(), response.getEntity()));
        });
    }
}
