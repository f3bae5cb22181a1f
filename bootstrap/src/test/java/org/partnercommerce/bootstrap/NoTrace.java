package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * What a refused request must leave as it found it: no cart or order sent to Partner Center, no
 * purchase for the customer, no cart or order kept. Taken before the request, checked after it.
 */
final class NoTrace {

    private final DataSource database;
    private final EmulatorControl emulator;
    private final String customer;
    private final long cartsKept;
    private final long ordersKept;
    private final int bought;
    private final String cartTripwire;
    private final String orderTripwire;

    private NoTrace(DataSource database, EmulatorControl emulator, String customer) {
        this.database = database;
        this.emulator = emulator;
        this.customer = customer;
        this.cartsKept = StoredRows.carts(database);
        this.ordersKept = StoredRows.orderPlacements(database);
        this.bought = emulator.purchasesFor(customer);
        this.cartTripwire = emulator.armCreateCartTripwire();
        this.orderTripwire = emulator.armPlaceOrderTripwire();
    }

    /** @param customer the customer the request is for, whose purchases must not change */
    static NoTrace before(DataSource database, EmulatorControl emulator, String customer) {
        return new NoTrace(database, emulator, customer);
    }

    void assertNoneLeft() {
        assertThat(emulator.timesFired(cartTripwire)).as("create-cart calls that reached Partner Center").isZero();
        assertThat(emulator.timesFired(orderTripwire)).as("create-order calls that reached Partner Center").isZero();
        assertThat(emulator.purchasesFor(customer)).as("purchases for the customer").isEqualTo(bought);
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsKept);
        assertThat(StoredRows.orderPlacements(database)).as("direct orders kept").isEqualTo(ordersKept);
    }
}
