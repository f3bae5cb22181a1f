package org.partnercommerce.testing.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.out.PendingPurchases;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.order.OrderPlacement;
import org.partnercommerce.domain.order.PlacementState;

/**
 * Direct order placements and their claims in memory. It keeps copies, as a database would: a
 * change is seen only once it is saved. {@link #lock} does not block (a single-threaded fake);
 * locking across instances is the database's, and is held to the contract there.
 */
public final class InMemoryOrderPlacements implements OrderPlacements {

    private final Map<RequestId, OrderPlacement> placements = new ConcurrentHashMap<>();
    private final Leases<RequestId> claims = new Leases<>();
    private final Outage outage;

    public InMemoryOrderPlacements() {
        this(new Outage());
    }

    /** Placements whose claims cannot be released while {@code outage} lasts. */
    public InMemoryOrderPlacements(Outage outage) {
        this.outage = outage;
    }

    @Override
    public boolean add(OrderPlacement placement) {
        return placements.putIfAbsent(placement.requestId(), copy(placement)) == null;
    }

    @Override
    public Optional<OrderPlacement> lock(RequestId requestId) {
        return Optional.ofNullable(placements.get(requestId)).map(InMemoryOrderPlacements::copy);
    }

    @Override
    public void save(OrderPlacement placement) {
        if (placements.replace(placement.requestId(), copy(placement)) == null) {
            throw new IllegalStateException("The order of request " + placement.requestId() + " is not kept");
        }
    }

    @Override
    public boolean claim(RequestId requestId, String claimant, Instant until, Instant now) {
        return placements.containsKey(requestId) && claims.claim(requestId, claimant, until, now);
    }

    @Override
    public void release(RequestId requestId, String claimant) {
        outage.check("release of an order's claim");
        claims.release(requestId, claimant);
    }

    @Override
    public List<RequestId> unclaimedPending(Instant now, int limit) {
        return placements.values().stream()
                .filter(placement -> placement.state() instanceof PlacementState.Pending)
                .filter(placement -> claims.free(placement.requestId(), now))
                .sorted(Comparator.comparing(OrderPlacement::startedAt).thenComparing(placement -> placement.requestId().value()))
                .limit(limit)
                .map(OrderPlacement::requestId)
                .toList();
    }

    @Override
    public PendingPurchases pending() {
        List<Instant> started = placements.values().stream()
                .filter(placement -> placement.state() instanceof PlacementState.Pending)
                .map(OrderPlacement::startedAt)
                .toList();
        return new PendingPurchases(started.size(), started.stream().min(Comparator.naturalOrder()));
    }

    /** Who holds the placement's claim now, if anyone (for tests). */
    public Optional<String> claimant(RequestId requestId) {
        return claims.holder(requestId);
    }

    private static OrderPlacement copy(OrderPlacement placement) {
        return OrderPlacement.restore(placement.requestId(), placement.order(), placement.boughtBy(), placement.startedAt(),
                placement.state());
    }
}
