package org.partnercommerce.domain.cap;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.cap.CapExamples.CUSTOMER;
import static org.partnercommerce.domain.cap.CapExamples.RESELLER;
import static org.partnercommerce.domain.cap.CapExamples.resellerCap;
import static org.partnercommerce.domain.cap.CapExamples.spend;
import static org.partnercommerce.domain.cap.CapExamples.spent;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;

class SpendIsCappedInEachCurrencyOnItsOwn {

    private final PurchaseCaps caps = resellerCap(spend(Money.of("1000", "USD")));

    @Test
    void spendUpToTheCapIsAllowed() {
        assertThatNoException().isThrownBy(() -> PurchaseCapCheck.requireWithin(caps, caps.heldTo(Optional.of(RESELLER), CUSTOMER),
                holder -> spent(Money.of("900.50", "USD")), spent(Money.of("99.50", "USD"))));
    }

    @Test
    void spendBeyondTheCapIsRefusedWithWhatIsLeft() {
        assertThatThrownBy(() -> PurchaseCapCheck.requireWithin(caps, caps.heldTo(Optional.of(RESELLER), CUSTOMER),
                holder -> spent(Money.of("900.50", "USD")), spent(Money.of("99.51", "USD"))))
                .isInstanceOf(PurchaseCapExceeded.class)
                .hasMessage("The spend cap of reseller 5357563 is 1000 USD in 24 h: 900.5 USD bought in the last 24 h, 99.5 USD left; "
                        + "this purchase costs 99.51 USD. Nothing was bought.");
    }

    @Test
    void aCurrencyTheCapDoesNotNameIsNotCapped() {
        assertThatNoException().isThrownBy(() -> PurchaseCapCheck.requireWithin(caps, caps.heldTo(Optional.of(RESELLER), CUSTOMER),
                holder -> spent(Money.of("900", "USD"), Money.of("5000", "EUR")), spent(Money.of("5000", "EUR"))));
    }
}
