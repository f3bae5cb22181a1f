package org.partnercommerce.emulator.http;

/** Wraps a handler: may change the request, the response, or answer on its own. */
@FunctionalInterface
public interface Filter {

    Response apply(Request request, Handler next);

    default Handler around(Handler handler) {
        return request -> apply(request, handler);
    }

    /** The filters as one, the first outermost. */
    static Filter chain(Filter... filters) {
        return (request, next) -> {
            Handler handler = next;
            for (int i = filters.length - 1; i >= 0; i--) {
                handler = filters[i].around(handler);
            }
            return handler.handle(request);
        };
    }
}
