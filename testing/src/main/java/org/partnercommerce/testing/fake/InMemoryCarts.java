package org.partnercommerce.testing.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.PendingPurchases;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * Carts and their claims in memory. It keeps copies, as a database would: a change to a
 * cart is seen only once it is saved. {@link #lock} does not block (a single-threaded fake);
 * locking across instances is the database's, and is held to the contract there. Each kept
 * cart has a version, as its row does: a save is kept only over the version the cart was read
 * at, and otherwise fails with a {@link ConcurrentModificationException}.
 */
public final class InMemoryCarts implements Carts, CartClaims {

    /** The kept carts, each at its version. */
    private final Map<CartId, Cart> carts = new ConcurrentHashMap<>();
    private final Leases<CartId> claims = new Leases<>();
    private final Outage outage;

    public InMemoryCarts() {
        this(new Outage());
    }

    /** Carts whose claims cannot be released while {@code outage} lasts. */
    public InMemoryCarts(Outage outage) {
        this.outage = outage;
    }

    @Override
    public void add(Cart cart) {
        if (carts.putIfAbsent(cart.id(), copy(cart, cart.version())) != null) {
            throw new IllegalStateException("Cart " + cart.id() + " is stored already");
        }
    }

    @Override
    public Optional<Cart> find(CustomerId customerId, CartId cartId) {
        return Optional.ofNullable(carts.get(cartId)).filter(kept -> kept.customerId().equals(customerId))
                .map(kept -> copy(kept, kept.version()));
    }

    @Override
    public Optional<Cart> lock(CustomerId customerId, CartId cartId) {
        return find(customerId, cartId);
    }

    @Override
    public void save(Cart cart) {
        carts.compute(cart.id(), (id, kept) -> {
            if (kept == null) {
                throw new IllegalStateException("Cart " + cart.id() + " is not stored");
            }
            if (kept.version() != cart.version()) {
                throw new ConcurrentModificationException("Cart " + cart.id() + " was changed since it was read; read it again");
            }
            return copy(cart, cart.version() + 1);
        });
    }

    @Override
    public boolean claim(CartId cartId, String claimant, Instant until, Instant now) {
        return claims.claim(cartId, claimant, until, now);
    }

    @Override
    public void release(CartId cartId, String claimant) {
        outage.check("release of a cart's claim");
        claims.release(cartId, claimant);
    }

    @Override
    public List<PendingCheckout> unclaimedPendingCheckouts(Instant now, int limit) {
        return carts.values().stream()
                .filter(cart -> cart.checkout() instanceof CheckoutState.Pending)
                .filter(cart -> claims.free(cart.id(), now))
                .sorted(Comparator.comparing(cart -> ((CheckoutState.Pending) cart.checkout()).attempt().startedAt()))
                .limit(limit)
                .map(cart -> new PendingCheckout(cart.customerId(), cart.id()))
                .toList();
    }

    @Override
    public PendingPurchases pendingCheckouts() {
        List<Instant> started = carts.values().stream()
                .filter(cart -> cart.checkout() instanceof CheckoutState.Pending)
                .map(cart -> ((CheckoutState.Pending) cart.checkout()).attempt().startedAt())
                .toList();
        return new PendingPurchases(started.size(), started.stream().min(Comparator.naturalOrder()));
    }

    /** Who holds the cart's claim now, if anyone (for tests). */
    public Optional<String> claimant(CartId cartId) {
        return claims.holder(cartId);
    }

    private static Cart copy(Cart cart, long version) {
        return Cart.restore(cart.id(), cart.customerId(), cart.lineItems(), cart.partnerOnRecordAttestationAccepted(),
                cart.createdAt(), cart.lastModifiedAt(), cart.lastModifiedUser(), cart.expiresAt(), cart.checkout(), version);
    }
}
