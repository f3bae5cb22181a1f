package org.partnercommerce.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricesAreEqualByValueWhateverTheirScaleTest {

    @Test
    void aPriceReadBackAtTheColumnsScaleEqualsTheSamePriceAsTheDomainHoldsIt() {
        PricingColumns asHeld = columns("68.4", "342");
        PricingColumns asReadBack = columns("68.4000000000", "342.0000000000");

        assertThat(asReadBack).isEqualTo(asHeld).hasSameHashCodeAs(asHeld);
    }

    @Test
    void aDifferentPriceIsNotEqual() {
        assertThat(columns("68.4", "342")).isNotEqualTo(columns("68.5", "342"));
    }

    private static PricingColumns columns(String price, String extendedPrice) {
        PricingColumns columns = new PricingColumns();
        columns.currency = "USD";
        columns.listPrice = new BigDecimal(price);
        columns.discountedPrice = new BigDecimal(price);
        columns.proratedPrice = new BigDecimal(price);
        columns.price = new BigDecimal(price);
        columns.extendedPrice = new BigDecimal(extendedPrice);
        return columns;
    }
}
