package org.partnercommerce.emulator.http;

import java.util.ArrayList;
import java.util.List;

/** Routes that share filters, e.g. every {@code /v1} route runs inside the Partner Center conventions. */
public final class RouteGroup {

    private final Router router;
    private final List<Filter> filters;

    RouteGroup(Router router, List<Filter> filters) {
        this.router = router;
        this.filters = List.copyOf(filters);
    }

    /** A group with the same filters plus more, the new ones innermost. */
    public RouteGroup with(Filter... more) {
        List<Filter> combined = new ArrayList<>(filters);
        combined.addAll(List.of(more));
        return new RouteGroup(router, combined);
    }

    public RouteGroup get(String template, Handler handler) {
        return add("GET", template, handler);
    }

    public RouteGroup post(String template, Handler handler) {
        return add("POST", template, handler);
    }

    public RouteGroup put(String template, Handler handler) {
        return add("PUT", template, handler);
    }

    public RouteGroup patch(String template, Handler handler) {
        return add("PATCH", template, handler);
    }

    public RouteGroup delete(String template, Handler handler) {
        return add("DELETE", template, handler);
    }

    public RouteGroup options(String template, Handler handler) {
        return add("OPTIONS", template, handler);
    }

    public RouteGroup add(String method, String template, Handler handler) {
        Handler wrapped = handler;
        for (int i = filters.size() - 1; i >= 0; i--) {
            wrapped = filters.get(i).around(wrapped);
        }
        router.add(method, template, wrapped);
        return this;
    }
}
