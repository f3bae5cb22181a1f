package org.partnercommerce.domain.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.cap.CapExamples.CUSTOMER;
import static org.partnercommerce.domain.cap.CapExamples.OTHER_CUSTOMER;
import static org.partnercommerce.domain.cap.CapExamples.OTHER_RESELLER;
import static org.partnercommerce.domain.cap.CapExamples.RESELLER;
import static org.partnercommerce.domain.cap.CapExamples.seats;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EachPurchaseIsHeldToItsResellersAndItsCustomersCaps {

    private final PurchaseCaps caps = new PurchaseCaps(PurchaseCaps.DAY, seats(100), Map.of(RESELLER, seats(10)),
            Map.of(CUSTOMER, seats(50)));

    @Test
    void aResellerIsHeldToItsOwnCapAndTheCustomersCap() {
        assertThat(caps.heldTo(Optional.of(RESELLER), CUSTOMER)).containsExactly(
                new PurchaseCaps.HeldCap(new CapHolder.Reseller(RESELLER), seats(10)),
                new PurchaseCaps.HeldCap(new CapHolder.Customer(CUSTOMER), seats(50)));
    }

    @Test
    void aResellerWithoutACapOfItsOwnIsHeldToTheCapForAnyReseller() {
        assertThat(caps.heldTo(Optional.of(OTHER_RESELLER), OTHER_CUSTOMER)).containsExactly(
                new PurchaseCaps.HeldCap(new CapHolder.Reseller(OTHER_RESELLER), seats(100)));
    }

    @Test
    void thePartnerIsHeldOnlyToTheCustomersCap() {
        assertThat(caps.heldTo(Optional.empty(), CUSTOMER)).containsExactly(
                new PurchaseCaps.HeldCap(new CapHolder.Customer(CUSTOMER), seats(50)));
        assertThat(caps.heldTo(Optional.empty(), OTHER_CUSTOMER)).isEmpty();
    }

    @Test
    void noCapsHoldNothing() {
        assertThat(PurchaseCaps.NONE.heldTo(Optional.of(RESELLER), CUSTOMER)).isEmpty();
    }
}
