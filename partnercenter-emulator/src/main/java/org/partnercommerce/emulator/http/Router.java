package org.partnercommerce.emulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Method + path template → handler. Routes are added through {@link RouteGroup}s, which wrap
 * their handlers in the group's filters. A request no route matches is answered by a handler
 * that throws {@link RouteNotFound} or {@link MethodNotAllowed}, wrapped in the
 * {@code unmatched} filter so that it gets the same conventions (headers, error bodies).
 */
public final class Router {

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Filter unmatched;

    public Router(Filter unmatched) {
        this.unmatched = unmatched;
    }

    /** A group whose routes run inside the given filters, the first one outermost. */
    public RouteGroup group(Filter... filters) {
        return new RouteGroup(this, List.of(filters));
    }

    void add(String method, String template, Handler handler) {
        routes.add(new Route(method.toUpperCase(Locale.ROOT), PathTemplate.parse(template), handler));
    }

    /** The handler for the request, with its path parameters bound. Never null. */
    public Handler resolve(String method, String path) {
        List<String> segments = PathTemplate.split(path);
        String wanted = method.toUpperCase(Locale.ROOT);
        Set<String> allowed = new TreeSet<>();
        List<Bound> candidates = new ArrayList<>();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.template().match(segments);
            if (parameters.isEmpty()) {
                continue;
            }
            allowed.add(route.method());
            if (route.method().equals(wanted)) {
                candidates.add(new Bound(route, parameters.get()));
            }
        }
        Optional<Bound> best = candidates.stream()
                .max(Comparator.comparingInt(bound -> bound.route().template().literalCount()));
        if (best.isPresent()) {
            Bound bound = best.get();
            return request -> bound.route().handler().handle(request.withPathParameters(bound.parameters()));
        }
        if (!allowed.isEmpty()) {
            return unmatched.around(request -> {
                throw new MethodNotAllowed(wanted, path, allowed);
            });
        }
        return unmatched.around(request -> {
            throw new RouteNotFound(wanted, path);
        });
    }

    /** Every route as {@code METHOD /template}, for documentation and tests. */
    public List<String> describe() {
        return routes.stream().map(route -> route.method() + " " + route.template()).toList();
    }

    private record Route(String method, PathTemplate template, Handler handler) {
    }

    private record Bound(Route route, Map<String, String> parameters) {
    }
}
