package org.partnercommerce.emulator.http;

/** The one place where an exception thrown by a handler becomes a response. */
@FunctionalInterface
public interface FailureMapper {

    Response toResponse(RuntimeException failure, Request request);

    /** A filter that answers with {@link #toResponse} when the rest of the chain throws. */
    default Filter asFilter() {
        return (request, next) -> {
            try {
                return next.handle(request);
            } catch (RuntimeException failure) {
                return toResponse(failure, request);
            }
        };
    }
}
