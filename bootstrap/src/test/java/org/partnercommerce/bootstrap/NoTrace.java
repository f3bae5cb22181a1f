package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * What a refused request must leave as it found it: no cart or order sent to Partner Center, no
 * purchase for the customers, no cart or order kept. Taken before the requests, checked after them.
 */
final class NoTrace {

    private final DataSource database;
    private final EmulatorControl emulator;
    private final long cartsKept;
    private final long ordersKept;
    private final Map<String, Integer> bought = new LinkedHashMap<>();
    private final String cartTripwire;
    private final String orderTripwire;

    private NoTrace(DataSource database, EmulatorControl emulator, List<String> customers) {
        this.database = database;
        this.emulator = emulator;
        this.cartsKept = StoredRows.carts(database);
        this.ordersKept = StoredRows.orderPlacements(database);
        customers.forEach(customer -> bought.put(customer, emulator.purchasesFor(customer)));
        this.cartTripwire = emulator.armCreateCartTripwire();
        this.orderTripwire = emulator.armPlaceOrderTripwire();
    }

    /** @param customers the customers the requests are for, whose purchases must not change */
    static NoTrace before(DataSource database, EmulatorControl emulator, String... customers) {
        return new NoTrace(database, emulator, List.of(customers));
    }

    void assertNoneLeft() {
        assertThat(emulator.timesFired(cartTripwire)).as("create-cart calls that reached Partner Center").isZero();
        assertThat(emulator.timesFired(orderTripwire)).as("create-order calls that reached Partner Center").isZero();
        bought.forEach((customer, before) -> assertThat(emulator.purchasesFor(customer)).as("purchases for %s", customer).isEqualTo(before));
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsKept);
        assertThat(StoredRows.orderPlacements(database)).as("direct orders kept").isEqualTo(ordersKept);
    }
}
