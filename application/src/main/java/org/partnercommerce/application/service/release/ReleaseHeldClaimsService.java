package org.partnercommerce.application.service.release;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnercommerce.application.port.in.release.ReleaseHeldClaimsUseCase;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.IdempotencyRecords;
import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.out.StoreUnavailable;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;

/**
 * Gives claims back, now if the database can be reached, else as soon as it can again. A request
 * that fails because the database went away cannot give back what it claimed — its idempotency
 * key, its cart's lease, its direct order's lease — on the connection that just died; left alone,
 * each would block the caller's retry until it is taken over (a key once abandoned, a lease once
 * run out: minutes by default). Held here instead, each is given back by
 * {@link #releaseHeld()}, which the housekeeping runs every few seconds.
 *
 * <p>What is held is this instance's own knowledge that the request died: it is not shared and
 * need not be, for a claim held by an instance that dies too is taken over as before. Each is held
 * for {@code keepFor} at most — no longer than a lease runs or a key is abandoned after, when the
 * takeover frees it anyway — and at most {@link #CAPACITY} at once. Giving back is always
 * conditional: a lease only while the same claimant holds it, a key only while it has no answer
 * and is still the claim the request made.
 */
public final class ReleaseHeldClaimsService implements ReleaseHeldClaimsUseCase {

    static final int CAPACITY = 10_000;
    private static final Logger LOG = Logger.getLogger(ReleaseHeldClaimsService.class.getName());

    private sealed interface Claim {
        Instant heldUntil();
    }

    private record Key(String caller, String key, Instant claimedAt, Instant heldUntil) implements Claim {
    }

    private record CartLease(CartId cartId, String claimant, Instant heldUntil) implements Claim {
    }

    private record PlacementLease(RequestId requestId, String claimant, Instant heldUntil) implements Claim {
    }

    private final IdempotencyRecords keys;
    private final CartClaims carts;
    private final OrderPlacements placements;
    private final InstantSource clock;
    private final Duration keepFor;
    private final Queue<Claim> held = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    public ReleaseHeldClaimsService(IdempotencyRecords keys, CartClaims carts, OrderPlacements placements, InstantSource clock,
                        Duration keepFor) {
        this.keys = keys;
        this.carts = carts;
        this.placements = placements;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** Frees the caller's key if it has no answer and is still the claim made at {@code claimedAt}: now, or once the database is back. */
    public void releaseKey(String caller, String key, Instant claimedAt) {
        release(new Key(caller, key, claimedAt, clock.instant().plus(keepFor)));
    }

    /** Gives the cart's lease back if {@code claimant} still holds it: now, or once the database is back. */
    public void releaseCart(CartId cartId, String claimant) {
        release(new CartLease(cartId, claimant, clock.instant().plus(keepFor)));
    }

    /** Gives the direct order's lease back if {@code claimant} still holds it: now, or once the database is back. */
    public void releasePlacement(RequestId requestId, String claimant) {
        release(new PlacementLease(requestId, claimant, clock.instant().plus(keepFor)));
    }

    @Override
    public int releaseHeld() {
        int released = 0;
        Instant now = clock.instant();
        Claim claim;
        while ((claim = held.peek()) != null) {
            if (claim.heldUntil().isAfter(now)) {
                try {
                    giveBack(claim);
                    released++;
                } catch (StoreUnavailable stillDown) {
                    return released;
                } catch (RuntimeException failed) {
                    dropped(claim, failed);
                }
            }
            if (held.remove(claim)) {
                size.decrementAndGet();
            }
        }
        return released;
    }

    @Override
    public int held() {
        return size.get();
    }

    private void release(Claim claim) {
        try {
            giveBack(claim);
        } catch (StoreUnavailable down) {
            hold(claim);
        } catch (RuntimeException failed) {
            dropped(claim, failed);
        }
    }

    /** A claim that cannot be given back for another reason than the database being away: taken over in time, as if this instance had died. */
    private static void dropped(Claim claim, RuntimeException failed) {
        LOG.log(Level.WARNING, failed, () -> "Could not give back " + claim + "; it is taken over once its lease runs out or its key is abandoned");
    }

    private void hold(Claim claim) {
        if (size.incrementAndGet() > CAPACITY) {
            size.decrementAndGet();
            return; // taken over once its lease runs out or its key is abandoned, as if this instance had died
        }
        held.add(claim);
    }

    private void giveBack(Claim claim) {
        switch (claim) {
            case Key key -> keys.release(key.caller(), key.key(), key.claimedAt());
            case CartLease lease -> carts.release(lease.cartId(), lease.claimant());
            case PlacementLease lease -> placements.release(lease.requestId(), lease.claimant());
        }
    }
}
