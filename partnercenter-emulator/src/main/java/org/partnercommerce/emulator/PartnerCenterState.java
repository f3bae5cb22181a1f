package org.partnercommerce.emulator;

import org.partnercommerce.emulator.billing.Billing;
import org.partnercommerce.emulator.billing.ChargesOfTheOpenPeriod;
import org.partnercommerce.emulator.billing.OrderLineCharges;
import org.partnercommerce.emulator.cart.CartLineRules;
import org.partnercommerce.emulator.cart.CartLines;
import org.partnercommerce.emulator.cart.Carts;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.fault.Faults;
import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.Orders;
import org.partnercommerce.emulator.order.WhatALineBecomes;
import org.partnercommerce.emulator.order.PurchaseJournal;
import org.partnercommerce.emulator.replay.ReplayStore;
import org.partnercommerce.emulator.state.StateChanges;
import org.partnercommerce.emulator.state.StateFile;
import org.partnercommerce.emulator.state.StateSnapshot;
import org.partnercommerce.emulator.subscription.Cancellations;
import org.partnercommerce.emulator.subscription.CustomTermEndDates;
import org.partnercommerce.emulator.subscription.SeatsHeld;
import org.partnercommerce.emulator.subscription.Subscriptions;
import org.partnercommerce.emulator.token.Directory;
import org.partnercommerce.emulator.token.SigningKey;

import java.time.Instant;
import java.util.Optional;

/**
 * Everything the emulator knows, in one place. Seed data, read-only: the catalog, the customers
 * and resellers, the identities. Mutable, and what a state file keeps: the token signing key,
 * refresh tokens, carts, orders, the purchases journal, the kept answers for request replay, the
 * cancelled subscriptions and billing (invoices).
 * Armed faults are mutable too but stay in memory.
 */
public record PartnerCenterState(Catalog catalog, Customers customers, Directory directory, SigningKey signingKey, Carts carts,
                                 Orders orders, CustomTermEndDates termEndDates, PurchaseJournal purchases, ReplayStore replays, Faults faults,
                                 Cancellations cancellations, Billing billing, StateChanges changes, Optional<StateFile> stateFile) {

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
        Cancellations cancellations = new Cancellations(changes);
        Subscriptions subscriptions = new Subscriptions(orders, new WhatALineBecomes(catalog), options.clock(), cancellations);
        Billing billing = new Billing(new ChargesOfTheOpenPeriod(orders, subscriptions, cancellations, customers, catalog,
                new OrderLineCharges(new WhatALineBecomes(catalog))), changes, options.clock());
        PartnerCenterState state = new PartnerCenterState(catalog, customers, directory, key,
                new Carts(lines, options.clock(), changes), orders, termEndDates, new PurchaseJournal(changes),
                new ReplayStore(options.clock(), changes), new Faults(), cancellations, billing, changes, file);
        stored.ifPresent(state::restore);
        Instant firstStart = orders.all().stream().map(Order::creationDate).filter(created -> created.isBefore(options.clock().instant()))
                .findFirst().orElse(options.clock().instant());
        billing.restore(stored.map(StateSnapshot::billing), firstStart);
        file.ifPresent(stateFile -> stateFile.save(changes, state::snapshot));
        return state;
    }

    /** Seed data only, in memory. */
    public static PartnerCenterState seeded() {
        return open(EmulatorOptions.onLoopback(0));
    }

    public StateSnapshot snapshot() {
        return new StateSnapshot(StateSnapshot.FORMAT, signingKey.encoded(), directory.refreshTokens(), carts.all(), orders.all(),
                purchases.all(), replays.stored(), cancellations.all(), billing.snapshot());
    }

    /** Saves what changed, when there is a state file. Not from inside a change. */
    public void saveIfChanged() {
        stateFile.ifPresent(file -> file.saveIfChanged(changes, this::snapshot));
    }

    /**
     * Forgets carts, orders, purchases, replays, faults, cancellations and invoices; keeps the seed,
     * the key, the refresh tokens and the invoice numbering.
     */
    public void reset() {
        carts.clear();
        orders.clear();
        cancellations.clear();
        billing.clear();
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
        cancellations.restore(snapshot.cancellations());
    }
}
