package org.partnercommerce.domain.cart;

import org.partnercommerce.domain.shared.WireEnum;

/**
 * A cart's status as Partner Center shows it: {@code Active} until it is checked out,
 * {@code Ordered} after. A checkout under way is {@code Active} still (see {@link CheckoutState}).
 */
public enum CartStatus implements WireEnum.Named {
    ACTIVE("Active"),
    ORDERED("Ordered");

    private final String wireName;

    CartStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static CartStatus parse(String value) {
        return WireEnum.parse(CartStatus.class, "status", value);
    }
}
