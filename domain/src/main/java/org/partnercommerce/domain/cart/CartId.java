package org.partnercommerce.domain.cart;

import org.partnercommerce.domain.shared.Guid;

/** A cart's id, a GUID that Partner Center assigns when the cart is created. */
public record CartId(String value) {

    public CartId {
        value = Guid.parse("cartId", value);
    }

    public static CartId of(String value) {
        return new CartId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
