package org.partnercommerce.application.port.in.idempotency;

/**
 * Keeps the answer a retry of a keyed request will replay. A use case calls it inside the unit
 * of work that stores its result, so the result and its replayable answer commit together: one
 * commit fewer per keyed purchase call, and no moment at which the one is stored without the other.
 *
 * @param <R> the result the answer tells of
 */
@FunctionalInterface
public interface AnswerKeeper<R> {

    /** Called at most once, inside the unit of work that stores {@code result}. */
    void keep(R result);

    /** For a request without a key, or a use case driven by the service itself. */
    static <R> AnswerKeeper<R> none() {
        return result -> {
        };
    }
}
