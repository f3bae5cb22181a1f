package org.partnercommerce.adapter.in.rest.cart;

import java.util.List;
import org.partnercommerce.adapter.in.rest.order.OrderResponse;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.order.CheckoutResult;

/** Partner Center's CartCheckoutResult: one order per order group that was bought, one error per group that was not. */
public record CheckoutResultResponse(List<OrderResponse> orders, List<OrderErrorResponse> orderErrors, ResourceAttributes attributes) {

    public record OrderErrorResponse(String orderGroupId, int code, String description) {
    }

    public static CheckoutResultResponse from(CheckoutResult result) {
        return new CheckoutResultResponse(result.orders().stream().map(OrderResponse::from).toList(),
                result.orderErrors().stream()
                        .map(error -> new OrderErrorResponse(error.orderGroupId().value(), error.code(), error.description()))
                        .toList(),
                ResourceAttributes.of("CartCheckoutResult"));
    }
}
