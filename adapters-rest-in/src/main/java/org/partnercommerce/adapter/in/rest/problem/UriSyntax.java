package org.partnercommerce.adapter.in.rest.problem;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Refuses a request whose URI is not a valid URI ({@code %ZZ}, a bare {@code %}, a space) before
 * any other handler reads its path or query, which would fail on it: a 400 problem, answered by
 * {@link HttpLayerFailures}. Quarkus makes the same check before the router and answers it with an
 * empty 400; the service starts with that check turned off ({@code vertx.disableURIValidation},
 * set by the service's main, its tests and its dev mode) so that this one answers instead. Where
 * the JVM was started without it, Quarkus's check still refuses first and this one finds nothing.
 */
@ApplicationScoped
class UriSyntax {

    /** The first of the router's routes: no other may read the path or the query before this check. */
    static final int ROUTE_ORDER = Integer.MIN_VALUE;

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::check);
    }

    private void check(RoutingContext request) {
        try {
            new URI(request.request().uri());
        } catch (URISyntaxException malformed) {
            request.fail(new HttpException(400, "The request URI is not a valid URI"));
            return;
        }
        request.next();
    }
}
