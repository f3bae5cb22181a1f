package org.partnercommerce.domain.order;

import org.partnercommerce.domain.shared.WireEnum;

/**
 * What an order line did to its subscription. Read-only. Partner Center's answers write it in
 * PascalCase ({@code New}); its documentation's table in lower camel case ({@code addQuantity}).
 */
public enum LineTransactionType implements WireEnum.Named {
    NEW("New"),
    RENEW("Renew"),
    ADD_QUANTITY("AddQuantity"),
    REMOVE_QUANTITY("RemoveQuantity"),
    CANCEL("Cancel"),
    CONVERT("Convert"),
    CUSTOMER_CREDIT("CustomerCredit");

    private final String wireName;

    LineTransactionType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static LineTransactionType parse(String value) {
        return WireEnum.parse(LineTransactionType.class, "transactionType", value);
    }
}
