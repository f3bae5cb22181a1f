package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.order.OrderPlacement;

/**
 * The direct orders this service places, each under its request id from before Partner Center is
 * called until Partner Center has answered, and who may call Partner Center about each, for how
 * long: a claim is a lease, one claimant at a time on any instance, with no transaction held open
 * during the call; a claimant that dies lets its lease run out, and another takes over. Writes run
 * inside a {@link Transactions} unit of work.
 */
public interface OrderPlacements {

    /** Keeps a new placement; false, changing nothing, when one with its request id is kept already (by any instance). */
    boolean add(OrderPlacement placement);

    /**
     * The placement, its row locked until the unit of work ends: a second caller on any instance
     * waits. Only inside {@link Transactions#inTransaction}.
     */
    Optional<OrderPlacement> lock(RequestId requestId);

    /** Stores the placement's new state: placed or refused. */
    void save(OrderPlacement placement);

    /**
     * Claims the placement for {@code claimant} until {@code until}, unless another claimant holds
     * a lease that has not run out at {@code now}. Renews the lease if {@code claimant} holds it.
     */
    boolean claim(RequestId requestId, String claimant, Instant until, Instant now);

    /** Gives the lease back, if {@code claimant} still holds it. */
    void release(RequestId requestId, String claimant);

    /** The pending placements on which nobody holds a running lease, oldest first. */
    List<RequestId> unclaimedPending(Instant now, int limit);

    /** Every pending placement, claimed or not: how many, and when the oldest started. Locks nothing. */
    PendingPurchases pending();
}
