package org.partnercommerce.adapter.in.rest.idempotency;

/** The caller's idempotency key is being answered by a request still in flight (409). */
public final class IdempotencyKeyInUse extends RuntimeException {

    public IdempotencyKeyInUse() {
        super("A request with this Idempotency-Key is still being answered; retry it once that request has its answer.",
                null, false, false);
    }
}
