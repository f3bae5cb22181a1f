package org.partnercommerce.adapter.in.rest.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequestsUseCase;
import org.partnercommerce.application.port.out.StoredResponse;

/**
 * Keeps the answer of a request that claimed an idempotency key — whatever the answer, errors
 * included, once it decided something. A server error decided nothing: the key is freed.
 */
public class IdempotentResponses {

    private final IdempotencyKeys keys;
    private final IdempotentRequestsUseCase requests;
    private final ObjectMapper json;

    public IdempotentResponses(IdempotencyKeys keys, IdempotentRequestsUseCase requests, ObjectMapper json) {
        this.keys = keys;
        this.requests = requests;
        this.json = json;
    }

    @ServerResponseFilter
    public void keep(ContainerResponseContext response) {
        keys.claimed().ifPresent(request -> {
            if (response.getStatus() >= 500) {
                requests.release(request);
                return;
            }
            MediaType type = response.getMediaType();
            requests.remember(request, new StoredResponse(response.getStatus(),
                    type == null ? MediaType.APPLICATION_JSON : type.toString(), body(response.getEntity())));
        });
    }

    private String body(Object entity) {
        if (entity == null) {
            return "";
        }
        if (entity instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON", e);
        }
    }
}
