package org.partnercommerce.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PricesAreEqualByValueWhateverTheirScaleTest {

    @Test
    void aPriceReadBackAtTheColumnsScaleEqualsTheSamePriceAsTheDomainHoldsIt() {
        PricingColumns asHeld = columns("68.4", "342");
        PricingColumns asReadBack = columns("68.4000000000", "342.0000000000");

        assertThat(asReadBack).isEqualTo(asHeld).hasSameHashCodeAs(asHeld);
    }

    @ParameterizedTest
    @ValueSource(strings = {"currency", "listPrice", "discountedPrice", "proratedPrice", "price", "extendedPrice"})
    void aChangeOfAnyOneColumnIsNotEqual(String column) {
        PricingColumns changed = columns("68.4", "342");
        switch (column) {
            case "currency" -> changed.currency = "EUR";
            case "listPrice" -> changed.listPrice = new BigDecimal("68.5");
            case "discountedPrice" -> changed.discountedPrice = new BigDecimal("68.5");
            case "proratedPrice" -> changed.proratedPrice = new BigDecimal("68.5");
            case "price" -> changed.price = new BigDecimal("68.5");
            case "extendedPrice" -> changed.extendedPrice = new BigDecimal("342.1");
            default -> throw new IllegalArgumentException(column);
        }

        assertThat(changed).isNotEqualTo(columns("68.4", "342"));
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
