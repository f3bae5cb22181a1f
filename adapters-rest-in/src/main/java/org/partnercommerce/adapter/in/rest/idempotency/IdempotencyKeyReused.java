package org.partnercommerce.adapter.in.rest.idempotency;

/** The caller's idempotency key was first used for another request (422). */
public final class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was used for another request; use a new key for a new request.", null, false, false);
    }
}
