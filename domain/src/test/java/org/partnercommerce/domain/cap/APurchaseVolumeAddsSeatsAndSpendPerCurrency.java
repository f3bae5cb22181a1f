package org.partnercommerce.domain.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;

class APurchaseVolumeAddsSeatsAndSpendPerCurrency {

    @Test
    void seatsAddUpAndEachCurrencyIsSummedApart() {
        PurchaseVolume volume = PurchaseVolume.of(3, List.of(Money.of("10.5", "USD"), Money.of("7", "EUR")))
                .plus(PurchaseVolume.of(2, List.of(Money.of("4.5", "USD"))));

        assertThat(volume.seats()).isEqualTo(5);
        assertThat(volume.spend()).isEqualTo(Map.of(CurrencyCode.of("USD"), Money.of("15", "USD"),
                CurrencyCode.of("EUR"), Money.of("7", "EUR")));
    }

    @Test
    void nothingSpentInACurrencyIsZero() {
        assertThat(PurchaseVolume.NONE.spentIn(CurrencyCode.of("GBP"))).isEqualTo(Money.zero(CurrencyCode.of("GBP")));
    }
}
