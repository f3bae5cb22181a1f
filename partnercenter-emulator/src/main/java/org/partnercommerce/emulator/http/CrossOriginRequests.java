package org.partnercommerce.emulator.http;

import java.util.List;
import java.util.Optional;

/**
 * CORS (the Fetch standard's cross-origin protocol) for routes a browser page on another origin
 * calls, such as Swagger UI on {@code http://localhost:8080} fetching a token from
 * {@code http://127.0.0.1:8089}: a preflight ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}) is answered with what may be sent, and every answer to a
 * request with an {@code Origin} — refusals included, so that the page can read the error — names
 * that origin in {@code Access-Control-Allow-Origin}. Any origin is allowed: the emulator serves
 * offline demo identities, and the answers carry no cookies ({@code Access-Control-Allow-Credentials}
 * is never sent). A request without {@code Origin} is left as it is.
 */
public final class CrossOriginRequests implements Filter {

    static final String MAX_AGE_SECONDS = "600";

    private final List<String> methods;

    /** @param methods the methods of the routes behind this filter, e.g. {@code GET}, {@code POST} */
    public CrossOriginRequests(String... methods) {
        this.methods = List.of(methods);
    }

    @Override
    public Response apply(Request request, Handler next) {
        Response response = next.handle(request);
        Optional<String> origin = request.header("Origin");
        if (origin.isEmpty() || response.dropsConnection()) {
            return response;
        }
        return response.withHeader("Access-Control-Allow-Origin", origin.get()).addHeader("Vary", "Origin");
    }

    /**
     * The handler of the {@code OPTIONS} routes: a preflight gets the methods and the request
     * headers it asked for; any other {@code OPTIONS} request only the {@code Allow} header.
     */
    public Response options(Request request) {
        String allow = String.join(", ", methods) + ", OPTIONS";
        Response answer = Response.empty(204).withHeader("Allow", allow);
        if (request.header("Origin").isEmpty() || request.header("Access-Control-Request-Method").isEmpty()) {
            return answer;
        }
        answer = answer.withHeader("Access-Control-Allow-Methods", allow)
                .withHeader("Access-Control-Max-Age", MAX_AGE_SECONDS)
                .addHeader("Vary", "Access-Control-Request-Method")
                .addHeader("Vary", "Access-Control-Request-Headers");
        Optional<String> requestedHeaders = request.header("Access-Control-Request-Headers");
        return requestedHeaders.isPresent() && !requestedHeaders.get().isBlank()
                ? answer.withHeader("Access-Control-Allow-Headers", requestedHeaders.get())
                : answer;
    }
}
