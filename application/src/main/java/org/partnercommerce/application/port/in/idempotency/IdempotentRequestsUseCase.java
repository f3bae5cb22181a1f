package org.partnercommerce.application.port.in.idempotency;

/**
 * Keeps the answers of requests sent with an {@code Idempotency-Key}, per caller, so that a
 * retry of the same request gets the same answer instead of doing the work again: the same
 * key with the same request replays the stored answer; with another request it is refused;
 * while the first is still being answered the retry is told so. Answers that decided nothing
 * (server errors) are not kept, so the key may be tried again.
 */
public interface IdempotentRequestsUseCase {

    IdempotencyClaim claim(IdempotentRequest request);

    /** The request was answered: keep the answer for replays. The first answer kept stays. */
    void remember(IdempotentRequest request, Answer answer);

    /**
     * The request decided nothing: free the key for another try, unless an answer was kept for it
     * already or another request took it over since the {@code claim}. Now, or, when the database
     * cannot be reached, as soon as it can again.
     */
    void release(IdempotentRequest request, IdempotencyClaim.Proceed claim);

    /** Forgets the keys kept longer than the retention; returns how many. */
    int forgetExpired();
}
