package org.partnercommerce.domain.order;

import java.util.List;
import java.util.Optional;

/**
 * What a cart's checkout made: one order per order group that succeeded and one order
 * error per group that failed. Partial success is allowed: a result may hold both.
 */
public record CheckoutResult(List<Order> orders, List<OrderError> orderErrors) {

    public CheckoutResult {
        orders = List.copyOf(orders);
        orderErrors = List.copyOf(orderErrors);
    }

    public CheckoutOutcome outcome() {
        if (orderErrors.isEmpty()) {
            return orders.isEmpty() ? CheckoutOutcome.NO_GROUP_ORDERED : CheckoutOutcome.ALL_GROUPS_ORDERED;
        }
        return orders.isEmpty() ? CheckoutOutcome.NO_GROUP_ORDERED : CheckoutOutcome.SOME_GROUPS_ORDERED;
    }

    /** The error of one group, if that group failed. */
    public Optional<OrderError> errorOf(OrderGroup group) {
        return orderErrors.stream().filter(error -> error.orderGroupId().equals(group)).findFirst();
    }
}
