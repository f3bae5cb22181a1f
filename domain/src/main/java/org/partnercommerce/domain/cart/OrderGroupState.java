package org.partnercommerce.domain.cart;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;

/**
 * Where one order group of a cart stands: not checked out yet, being checked out, ordered,
 * or failed with Partner Center's order error (a checkout of the cart again re-attempts it).
 */
public record OrderGroupState(OrderGroup group, Status status, Optional<OrderError> error) {

    public enum Status {
        NOT_CHECKED_OUT, PENDING, ORDERED, FAILED
    }

    public OrderGroupState {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(status, "status");
        error = Objects.requireNonNullElse(error, Optional.empty());
        if ((status == Status.FAILED) != error.isPresent()) {
            throw new IllegalArgumentException("A failed group, and only a failed one, has an order error");
        }
    }

    static OrderGroupState notCheckedOut(OrderGroup group) {
        return new OrderGroupState(group, Status.NOT_CHECKED_OUT, Optional.empty());
    }

    static OrderGroupState pending(OrderGroup group) {
        return new OrderGroupState(group, Status.PENDING, Optional.empty());
    }

    static OrderGroupState ordered(OrderGroup group) {
        return new OrderGroupState(group, Status.ORDERED, Optional.empty());
    }

    static OrderGroupState failed(OrderError error) {
        return new OrderGroupState(error.orderGroupId(), Status.FAILED, Optional.of(error));
    }
}
