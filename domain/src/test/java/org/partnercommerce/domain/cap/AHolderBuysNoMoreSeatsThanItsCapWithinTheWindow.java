package org.partnercommerce.domain.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.partnercommerce.domain.cap.CapExamples.CUSTOMER;
import static org.partnercommerce.domain.cap.CapExamples.RESELLER;
import static org.partnercommerce.domain.cap.CapExamples.resellerCap;
import static org.partnercommerce.domain.cap.CapExamples.seats;
import static org.partnercommerce.domain.cap.CapExamples.seatsBought;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;

class AHolderBuysNoMoreSeatsThanItsCapWithinTheWindow {

    private final PurchaseCaps caps = resellerCap(seats(10));

    @Test
    void upToTheCapIsAllowed() {
        assertThatNoException().isThrownBy(() -> PurchaseCapCheck.requireWithin(caps, caps.heldTo(Optional.of(RESELLER), CUSTOMER),
                holder -> seatsBought(8), seatsBought(2)));
    }

    @Test
    void oneSeatBeyondIsRefusedNamingTheCapTheWindowAndWhatIsLeft() {
        PurchaseCapExceeded refused = catchThrowableOfType(PurchaseCapExceeded.class, () -> PurchaseCapCheck.requireWithin(caps,
                caps.heldTo(Optional.of(RESELLER), CUSTOMER), holder -> seatsBought(8), seatsBought(3)));

        assertThat(refused.code()).isEqualTo("purchase-cap-exceeded");
        assertThat(refused.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.holder()).isEqualTo("reseller 5357563");
            assertThat(breach.cap()).isEqualTo("seats");
            assertThat(breach.reason()).isEqualTo("The seat cap of reseller 5357563 is 10 seats in 24 h: 8 bought in the last 24 h, "
                    + "2 left; this purchase has 3.");
        });
    }

    @Test
    void aSingleCartOverTheCapIsRefusedWithNothingBoughtBefore() {
        PurchaseCapExceeded refused = catchThrowableOfType(PurchaseCapExceeded.class, () -> PurchaseCapCheck.requireWithin(caps,
                caps.heldTo(Optional.of(RESELLER), CUSTOMER), holder -> PurchaseVolume.NONE, seatsBought(11)));

        assertThat(refused.getMessage()).contains("0 bought", "10 left", "this purchase has 11");
    }
}
