package org.partnercommerce.domain.order;

import org.partnercommerce.domain.shared.WireEnum;

/**
 * An order's status. New modern and new-commerce orders start {@code pending}; offers that
 * need a purchase order document wait in {@code pending_po_upload}.
 */
public enum OrderStatus implements WireEnum.Named {
    UNKNOWN("unknown"),
    COMPLETED("completed"),
    PENDING("pending"),
    CANCELLED("cancelled"),
    PENDING_PO_UPLOAD("pending_po_upload"),
    PO_UPLOAD_COMPLETE("po_upload_complete");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static OrderStatus parse(String value) {
        return WireEnum.parse(OrderStatus.class, "status", value);
    }
}
