package org.partnercommerce.domain.order;

import org.partnercommerce.domain.shared.WireEnum;

/** Who made an order: a user's purchase, or Partner Center itself (a system purchase, system billing). Read-only. */
public enum OrderTransactionType implements WireEnum.Named {
    USER_PURCHASE("UserPurchase"),
    SYSTEM_PURCHASE("SystemPurchase"),
    SYSTEM_BILLING("SystemBilling");

    private final String wireName;

    OrderTransactionType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static OrderTransactionType parse(String value) {
        return WireEnum.parse(OrderTransactionType.class, "transactionType", value);
    }
}
