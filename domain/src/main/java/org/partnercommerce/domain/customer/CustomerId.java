package org.partnercommerce.domain.customer;

import org.partnercommerce.domain.shared.Guid;

/** A customer's id in Partner Center: its Microsoft Entra tenant id, a GUID. */
public record CustomerId(String value) {

    public CustomerId {
        value = Guid.parse("customerId", value);
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
