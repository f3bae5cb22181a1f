package org.partnercommerce.application.port.in.order;

/**
 * Driving every pending direct order nobody is driving (its caller gave up, its instance died) to
 * its end, with the request id it started with. Run on the recovery schedule by every instance;
 * each pending order is taken by one of them at a time.
 */
public interface RecoverPendingOrdersUseCase {

    /** @return how many pending orders ended (placed or definitely refused) in this run */
    int recover();
}
