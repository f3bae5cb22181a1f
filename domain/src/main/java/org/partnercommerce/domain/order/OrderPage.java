package org.partnercommerce.domain.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A page of a customer's orders, newest first, and where the next page starts if there is one. */
public record OrderPage(List<Order> orders, Optional<OrderCursor> next) {

    public OrderPage {
        orders = List.copyOf(orders);
        next = Objects.requireNonNullElse(next, Optional.empty());
    }
}
