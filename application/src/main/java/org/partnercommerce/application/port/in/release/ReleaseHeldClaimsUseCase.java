package org.partnercommerce.application.port.in.release;

/**
 * Gives back the claims a request of this instance could not give back when it failed, because the
 * database could not be reached: its idempotency key, its cart's checkout lease, its direct order's
 * lease. Run on a schedule, so that once the database is back a retry is not blocked by a request
 * that is no longer running.
 */
public interface ReleaseHeldClaimsUseCase {

    /** Tries every claim held back; returns how many were given back. Stops at the first that still cannot be. */
    int releaseHeld();

    /** How many claims are held back now. */
    int held();
}
