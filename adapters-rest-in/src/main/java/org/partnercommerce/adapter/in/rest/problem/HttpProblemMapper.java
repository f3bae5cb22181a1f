package org.partnercommerce.adapter.in.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnercommerce.adapter.in.rest.metrics.CallerMetrics;

/**
 * What the framework refuses — no or a bad token, a role that may not, no such path, a wrong
 * method or media type, a body that is not JSON or has the wrong shape — and what nobody
 * expected, all as problems. Never a stack trace.
 */
public class HttpProblemMapper {

    private static final Logger LOG = Logger.getLogger(HttpProblemMapper.class);
    private static final String CHALLENGE = "Bearer realm=\"partner-commerce\"";

    private final ProblemResponses problems;
    private final CallerMetrics metrics;

    public HttpProblemMapper(ProblemResponses problems, CallerMetrics metrics) {
        this.problems = problems;
        this.metrics = metrics;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return problems.of(ProblemType.UNAUTHENTICATED,
                        "This API needs a valid bearer token for the audience partner-commerce in the Authorization header.", null, uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        metrics.refusedForbidden();
        return problems.of(ProblemType.FORBIDDEN, "The caller's role may not do this.", null, uri).build();
    }

    /** Named one by one: the framework maps some of them itself, and the most specific mapper wins. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, InvalidNullException.class,
            ValueInstantiationException.class})
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return problems.of(ProblemType.INVALID_REQUEST, describe(e), null, uri).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (type == ProblemType.INTERNAL_ERROR) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder problem = problems.of(type, detail(type), null, uri);
        if (status == 405) {
            problem.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return problem.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return problems.of(ProblemType.INTERNAL_ERROR,
                "The request could not be completed. Quote the correlation id when you report it.", null, uri).build();
    }

    private static String detail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "There is nothing at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not take this method.";
            case NOT_ACCEPTABLE -> "This API answers in JSON: accept application/json.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this API accepts.";
            default -> "The request is invalid.";
        };
    }

    /** Where the body went wrong, without Jackson's internals (class names, reference chains). */
    private static String describe(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
                return "The request body is not valid JSON (line " + parse.getLocation().getLineNr()
                        + ", column " + parse.getLocation().getColumnNr() + ").";
            }
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")) {
            return "The request body is not valid JSON: it ends too early.";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return "The request body's '" + path + "' is missing or has the wrong type.";
        }
        return "The request body is not valid JSON, or not of the expected shape.";
    }
}
