package org.partnercommerce.emulator.cart;

import java.math.BigDecimal;

/**
 * {@code {"listPrice", "discountedPrice", "proratedPrice", "price", "extendedPrice"}}, pre-tax, in
 * the cart's currency. Amounts are kept without trailing zeros, so {@code 30.40} is written
 * {@code 30.4} as Partner Center's samples show it.
 */
public record Pricing(BigDecimal listPrice, BigDecimal discountedPrice, BigDecimal proratedPrice, BigDecimal price,
                      BigDecimal extendedPrice) {

    public Pricing {
        listPrice = plain(listPrice);
        discountedPrice = plain(discountedPrice);
        proratedPrice = plain(proratedPrice);
        price = plain(price);
        extendedPrice = plain(extendedPrice);
    }

    static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
