package org.partnercommerce.application.port.in.cart;

/**
 * Driving every pending checkout nobody is driving (its caller gave up, its instance died)
 * to its end, with the request id it started with. Run on a schedule by every instance;
 * each pending checkout is taken by one of them at a time.
 */
public interface RecoverCheckoutsUseCase {

    /** @return how many pending checkouts ended (ordered or definitely refused) in this run */
    int recover();
}
