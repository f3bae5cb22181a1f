package org.partnercommerce.domain.order;

import java.util.Objects;

/** Why the order of one order group could not be made at checkout: Partner Center's code and description. */
public record OrderError(OrderGroup orderGroupId, int code, String description) {

    public OrderError {
        Objects.requireNonNull(orderGroupId, "orderGroupId");
        description = description == null ? "" : description;
    }
}
