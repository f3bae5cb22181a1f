package org.partnercommerce.adapter.in.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.partnercommerce.adapter.in.rest.headers.CorrelationId;

/** Builds the {@code application/problem+json} responses of every exception mapper. */
@ApplicationScoped
public class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public Response.ResponseBuilder of(ProblemType type, String detail, String code, UriInfo uri) {
        return of(type, detail, code, uri, List.of());
    }

    public Response.ResponseBuilder of(ProblemType type, String detail, String code, UriInfo uri, List<ProblemError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance, code,
                CorrelationId.current(), errors);
        return Response.status(type.status()).type(MEDIA_TYPE).entity(write(problem));
    }

    /** The problem's JSON, for an answer written below JAX-RS (by a Vert.x route). */
    public String json(ProblemType type, String detail, String instance, String correlationId) {
        return write(new Problem(type.uri(), type.title(), type.status(), detail, instance, null, correlationId, List.of()));
    }

    /** Written here rather than by the framework, so that a problem is JSON whatever the caller accepts. */
    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }
}
