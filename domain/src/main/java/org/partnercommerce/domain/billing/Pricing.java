package org.partnercommerce.domain.billing;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The pre-tax prices Partner Center gives a cart or order line, all in one currency:
 * list price, discounted price, prorated price, price, and the extended price (price
 * times quantity, less refunds, over the term as Partner Center computes it).
 */
public record Pricing(Money listPrice, Money discountedPrice, Money proratedPrice, Money price, Money extendedPrice) {

    public Pricing {
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(discountedPrice, "discountedPrice");
        Objects.requireNonNull(proratedPrice, "proratedPrice");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(extendedPrice, "extendedPrice");
        if (Stream.of(discountedPrice, proratedPrice, price, extendedPrice)
                .anyMatch(money -> !money.currency().equals(listPrice.currency()))) {
            throw new IllegalArgumentException("The prices of one line are in one currency");
        }
    }

    public CurrencyCode currency() {
        return listPrice.currency();
    }
}
