package org.partnercommerce.domain.order;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How far Partner Center got provisioning an order, line by line, in line order. Read from Partner
 * Center each time, never kept: it changes while the order is provisioned.
 */
public record OrderProvisioningStatus(OrderId orderId, List<LineProvisioningStatus> lines) {

    public OrderProvisioningStatus {
        Objects.requireNonNull(orderId, "orderId");
        lines = lines.stream().sorted(Comparator.comparingInt(LineProvisioningStatus::lineItemNumber)).toList();
    }

    /** Whether every line is fulfilled. */
    public boolean isFulfilled() {
        return !lines.isEmpty() && lines.stream().allMatch(line -> line.status().isFulfilled());
    }
}
