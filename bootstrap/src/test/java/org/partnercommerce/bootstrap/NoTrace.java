package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * What a refused request must leave as it found it: no cart sent to Partner Center, no purchase
 * for the customer, no cart kept. Taken before the request, checked after it.
 */
final class NoTrace {

    private final DataSource database;
    private final EmulatorControl emulator;
    private final String customer;
    private final long cartsKept;
    private final int bought;
    private final String tripwire;

    private NoTrace(DataSource database, EmulatorControl emulator, String customer) {
        this.database = database;
        this.emulator = emulator;
        this.customer = customer;
        this.cartsKept = StoredRows.carts(database);
        this.bought = emulator.purchasesFor(customer);
        this.tripwire = emulator.armCreateCartTripwire();
    }

    /** @param customer the customer the request is for, whose purchases must not change */
    static NoTrace before(DataSource database, EmulatorControl emulator, String customer) {
        return new NoTrace(database, emulator, customer);
    }

    void assertNoneLeft() {
        assertThat(emulator.timesFired(tripwire)).as("create-cart calls that reached Partner Center").isZero();
        assertThat(emulator.purchasesFor(customer)).as("purchases for the customer").isEqualTo(bought);
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsKept);
    }
}
