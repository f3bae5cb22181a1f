package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.state.StateChanges;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What was really bought: one entry per order placed, in the order they were placed, never
 * removed (but by a reset). Replays and repeated checkouts add nothing; so a test can prove that
 * nothing was bought twice.
 */
public final class PurchaseJournal {

    private final CopyOnWriteArrayList<Purchase> purchases = new CopyOnWriteArrayList<>();
    private final StateChanges changes;

    public PurchaseJournal(StateChanges changes) {
        this.changes = changes;
    }

    public void record(List<Order> placed) {
        purchases.addAll(placed.stream().map(Purchase::of).toList());
        changes.changed();
    }

    public List<Purchase> all() {
        return List.copyOf(purchases);
    }

    public List<Purchase> ofCart(String cartId) {
        return purchases.stream().filter(purchase -> cartId.equalsIgnoreCase(purchase.cartId())).toList();
    }

    public void restore(List<Purchase> restored) {
        purchases.clear();
        purchases.addAll(restored);
    }

    public void clear() {
        purchases.clear();
        changes.changed();
    }
}
