package org.partnercommerce.emulator.http;

/** No route matches the request path. */
public final class RouteNotFound extends RuntimeException {

    private final String method;
    private final String path;

    public RouteNotFound(String method, String path) {
        super("No route for " + method + " " + path);
        this.method = method;
        this.path = path;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }
}
