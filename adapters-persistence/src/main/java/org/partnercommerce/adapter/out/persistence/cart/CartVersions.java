package org.partnercommerce.adapter.out.persistence.cart;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.partnercommerce.domain.cart.Cart;

/**
 * The version of its row each cart object this instance handed out was read at, so that
 * {@code save} can tell whether the row changed since: the domain's {@link Cart} carries no
 * version, and a cart read in one unit of work may be saved in another. Keyed by the
 * object's identity (two reads of one cart are two objects, each with its own version) and
 * held weakly, so a cart nobody holds any more is forgotten. This is no lock: the database
 * decides, by the version in the {@code UPDATE}'s {@code WHERE}.
 */
final class CartVersions {

    private static final class Key extends WeakReference<Cart> {

        private final int hash;

        Key(Cart cart, ReferenceQueue<Cart> queue) {
            super(cart, queue);
            this.hash = System.identityHashCode(cart);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Cart cart = get();
            return cart != null && other instanceof Key that && that.get() == cart;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final ReferenceQueue<Cart> collected = new ReferenceQueue<>();
    private final Map<Key, Long> versions = new HashMap<>();

    synchronized void remember(Cart cart, long version) {
        purge();
        versions.put(new Key(cart, collected), version);
    }

    synchronized void forget(Cart cart) {
        purge();
        versions.remove(new Key(cart, null));
    }

    synchronized OptionalLong readAt(Cart cart) {
        purge();
        Long version = versions.get(new Key(cart, null));
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    synchronized int size() {
        purge();
        return versions.size();
    }

    private void purge() {
        for (Reference<? extends Cart> gone = collected.poll(); gone != null; gone = collected.poll()) {
            versions.remove(gone);
        }
    }
}
