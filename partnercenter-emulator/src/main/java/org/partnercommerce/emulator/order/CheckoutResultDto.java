package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.util.List;

/** {@code {"orders": [...], "orderErrors": [...], "attributes": {"objectType": "CartCheckoutResult"}}}. */
public record CheckoutResultDto(List<OrderDto> orders, List<OrderError> orderErrors, ResourceAttributes attributes) {

    public static CheckoutResultDto of(List<OrderDto> orders, List<OrderError> orderErrors) {
        return new CheckoutResultDto(List.copyOf(orders), List.copyOf(orderErrors), ResourceAttributes.of("CartCheckoutResult"));
    }
}
