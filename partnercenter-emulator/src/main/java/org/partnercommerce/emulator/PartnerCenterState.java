package org.partnercommerce.emulator;

import org.partnercommerce.emulator.cart.CartLineRules;
import org.partnercommerce.emulator.cart.CartLines;
import org.partnercommerce.emulator.cart.Carts;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.fault.Faults;
import org.partnercommerce.emulator.order.Orders;
import org.partnercommerce.emulator.order.PurchaseJournal;
import org.partnercommerce.emulator.replay.ReplayStore;
import org.partnercommerce.emulator.state.StateChanges;
import org.partnercommerce.emulator.state.StateFile;
import org.partnercommerce.emulator.state.StateSnapshot;
import org.partnercommerce.emulator.subscription.CustomTermEndDates;
import org.partnercommerce.emulator.subscription.SeatsHeld;
import org.partnercommerce.emulator.token.Directory;
import org.partnercommerce.emulator.token.SigningKey;

import java.util.Optional;

/**
 * Everything the emulator knows, in one place. Seed data, read-only: the catalog, the customers
 * and resellers, the identities. Mutable, and what a state file keeps: the token signing key,
 * refresh tokens, carts, orders, the purchases journal and the kept answers for request replay.
 * Armed faults are mutable too but stay in memory.
 */
public record PartnerCenterState(Catalog catalog, Customers customers, Directory directory, SigningKey signingKey, Carts carts,
                                 Orders orders, CustomTermEndDates termEndDates, PurchaseJournal purchases, ReplayStore replays, Faults faults,
                                 StateChanges changes, Optional<StateFile> stateFile) {

    /** The seeded state, with what the options' state file holds (which it then keeps up to date). */
    public static PartnerCenterState open(EmulatorOptions options) {
        Optional<StateFile> file = Optional.ofNullable(options.stateFile()).map(StateFile::new);
        Optional<StateSnapshot> stored = file.flatMap(StateFile::read);
        StateChanges changes = file.isPresent() ? StateChanges.guarded() : StateChanges.unguarded();
        Catalog catalog = Catalog.seeded();
        Customers customers = Customers.seeded();
        Directory directory = Directory.seeded();
        directory.onChange(changes::changed);
        SigningKey key = stored.map(StateSnapshot::signingKey).map(SigningKey::decode).orElseGet(SigningKey::generate);
        Orders orders = new Orders(changes);
        CustomTermEndDates termEndDates = new CustomTermEndDates(catalog, orders, options.clock());
        CartLines lines = new CartLines(catalog, new CartLineRules(catalog, customers.partner(), termEndDates,
                new SeatsHeld(orders)));
        PartnerCenterState state = new PartnerCenterState(catalog, customers, directory, key,
                new Carts(lines, options.clock(), changes), orders, termEndDates, new PurchaseJournal(changes),
                new ReplayStore(options.clock(), changes), new Faults(), changes, file);
        stored.ifPresent(state::restore);
        file.ifPresent(stateFile -> stateFile.save(changes, state::snapshot));
        return state;
    }

    /** Seed data only, in memory. */
    public static PartnerCenterState seeded() {
        return open(EmulatorOptions.onLoopback(0));
    }

    public StateSnapshot snapshot() {
        return new StateSnapshot(StateSnapshot.FORMAT, signingKey.encoded(), directory.refreshTokens(), carts.all(), orders.all(),
                purchases.all(), replays.stored());
    }

    /** Saves what changed, when there is a state file. Not from inside a change. */
    public void saveIfChanged() {
        stateFile.ifPresent(file -> file.saveIfChanged(changes, this::snapshot));
    }

    /** Forgets carts, orders, purchases, replays and faults; keeps the seed, the key and the refresh tokens. */
    public void reset() {
        carts.clear();
        orders.clear();
        purchases.clear();
        replays.clear();
        faults.disarmAll();
    }

    private void restore(StateSnapshot snapshot) {
        directory.restoreRefreshTokens(snapshot.refreshTokens());
        carts.restore(snapshot.carts());
        orders.restore(snapshot.orders());
        purchases.restore(snapshot.purchases());
        replays.restore(snapshot.replays());
    }
}
