package org.partnercommerce.testing.fake;

import org.partnercommerce.application.port.out.StoreUnavailable;

/**
 * The in-memory database going away and coming back, shared by the fakes that stand for it: while
 * it lasts, units of work ({@link DirectTransactions}) and the releases of claims — idempotency
 * keys, cart and order leases — fail with {@link StoreUnavailable}, as the real stores do when
 * their connection is gone. Nothing is rolled back by the fakes: a test makes the outage begin
 * where a unit of work would fail before writing anything.
 */
public final class Outage {

    private volatile boolean on;

    public void begin() {
        on = true;
    }

    public void end() {
        on = false;
    }

    void check(String what) {
        if (on) {
            throw new StoreUnavailable("The database cannot be reached (" + what + ")", null);
        }
    }
}
