package org.partnercommerce.domain.cart;

import org.partnercommerce.domain.shared.InvalidValue;

/**
 * How many licences or instances a line buys: at least 1. The SKU's own minimum and
 * maximum are a rule of the line against the catalog ({@code 10015}).
 */
public record Quantity(int value) {

    public Quantity {
        if (value < 1) {
            throw new InvalidValue("quantity", "A quantity is at least 1; got " + value + ".");
        }
    }

    public static Quantity of(int value) {
        return new Quantity(value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
