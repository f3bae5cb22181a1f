package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.security.Caller;
import org.partnercommerce.emulator.state.StateChanges;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The customers' carts. Each cart has its own lock: an update or a checkout holds it, and a second
 * update or checkout of the same cart meanwhile gets 409/800064 at once (it does not wait); work
 * on different carts never waits for each other.
 */
public final class Carts {

    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final CartLines lines;
    private final Clock clock;
    private final StateChanges changes;

    public Carts(CartLines lines, Clock clock, StateChanges changes) {
        this.lines = lines;
        this.clock = clock;
        this.changes = changes;
    }

    public Cart create(Customer customer, RequestedCart requested, Caller caller) {
        Cart cart = Cart.create(UUID.randomUUID().toString(), customer.id(), clock.instant(), caller.modifiedBy(),
                requested.partnerOnRecordAttestationAccepted(), lines.of(customer, requested));
        slots.put(key(cart.id()), new Slot(cart));
        changes.changed();
        return cart;
    }

    /** PUT: replaces every line; refused for an ordered or expired cart. */
    public Cart replace(Customer customer, String cartId, RequestedCart requested, Caller caller) {
        return exclusively(customer.id(), cartId, cart -> {
            if (cart.isCheckedOut()) {
                throw PartnerCenterFault.cartAlreadySubmitted(cart.id());
            }
            Instant now = clock.instant();
            if (cart.expiredAt(now)) {
                throw PartnerCenterFault.cartExpired(cart.id(), cart.expirationTimestamp().toString());
            }
            Cart replaced = cart.replacingLines(now, caller.modifiedBy(), requested.partnerOnRecordAttestationAccepted(),
                    lines.of(customer, requested));
            save(replaced);
            return replaced;
        });
    }

    /** The customer's cart, or 404/800008. */
    public Cart existing(String customerId, String cartId) {
        return slot(customerId, cartId).cart;
    }

    /**
     * Runs the work holding the cart's lock, with the cart as it is then; 409/800064 if another
     * request holds it. The work saves what it changes through {@link #save}.
     */
    public <T> T exclusively(String customerId, String cartId, Function<Cart, T> work) {
        Slot slot = slot(customerId, cartId);
        if (!slot.lock.tryLock()) {
            throw PartnerCenterFault.cartBeingProcessed(slot.cart.id());
        }
        try {
            return work.apply(slot.cart);
        } finally {
            slot.lock.unlock();
        }
    }

    /** Stores a changed cart; only from inside {@link #exclusively}. */
    public void save(Cart cart) {
        Slot slot = slots.get(key(cart.id()));
        if (slot == null || !slot.lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("A cart is saved only while its lock is held");
        }
        slot.cart = cart;
        changes.changed();
    }

    public List<Cart> all() {
        return slots.values().stream().map(slot -> slot.cart).sorted(Comparator.comparing(Cart::creationTimestamp)).toList();
    }

    public void restore(List<Cart> carts) {
        slots.clear();
        carts.forEach(cart -> slots.put(key(cart.id()), new Slot(cart)));
    }

    public void clear() {
        slots.clear();
        changes.changed();
    }

    private Slot slot(String customerId, String cartId) {
        Slot slot = slots.get(key(cartId));
        if (slot == null || !slot.cart.customerId().equalsIgnoreCase(customerId)) {
            throw PartnerCenterFault.cartNotFound(cartId);
        }
        return slot;
    }

    private static String key(String cartId) {
        return cartId.toLowerCase(Locale.ROOT);
    }

    private static final class Slot {

        private final ReentrantLock lock = new ReentrantLock();
        private volatile Cart cart;

        Slot(Cart cart) {
            this.cart = cart;
        }
    }
}
