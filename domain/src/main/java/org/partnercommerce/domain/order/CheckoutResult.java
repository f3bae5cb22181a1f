package org.partnercommerce.domain.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Whether some group failed: a checkout of the cart again re-attempts those groups. */
    public boolean hasFailedGroups() {
        return !orderErrors.isEmpty();
    }

    /**
     * What the cart has made once a re-attempt of this result's failed groups answered
     * {@code reattempt}: these orders and those it adds (an order answered again is kept
     * once), and the errors of the groups that failed here and failed again. A group that
     * was ordered stays ordered, whatever the re-attempt says of it; a failed group the
     * re-attempt reports no error for was ordered by it.
     */
    public CheckoutResult reattemptedAs(CheckoutResult reattempt) {
        Set<OrderId> kept = orders.stream().map(Order::id).collect(Collectors.toSet());
        List<Order> all = new ArrayList<>(orders);
        reattempt.orders.stream().filter(order -> !kept.contains(order.id())).forEach(all::add);
        Set<OrderGroup> failedHere = orderErrors.stream().map(OrderError::orderGroupId).collect(Collectors.toSet());
        List<OrderError> stillFailing = reattempt.orderErrors.stream()
                .filter(error -> failedHere.contains(error.orderGroupId())).toList();
        return new CheckoutResult(all, stillFailing);
    }

    /** The orders of this result that {@code earlier} did not have: those the latest round of checkout made. */
    public List<Order> ordersBeyond(Optional<CheckoutResult> earlier) {
        Set<OrderId> known = earlier.map(result -> result.orders.stream().map(Order::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        return orders.stream().filter(order -> !known.contains(order.id())).toList();
    }

    /** The error of one group, if that group failed. */
    public Optional<OrderError> errorOf(OrderGroup group) {
        return orderErrors.stream().filter(error -> error.orderGroupId().equals(group)).findFirst();
    }
}
