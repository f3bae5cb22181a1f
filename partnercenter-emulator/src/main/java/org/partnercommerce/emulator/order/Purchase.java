package org.partnercommerce.emulator.order;

import java.time.Instant;

/**
 * One order really placed, as the purchases journal records it.
 *
 * @param cartId     the cart checked out, null for a direct order
 * @param orderGroup the cart's order group, null for a direct order
 * @param requestId  the {@code MS-RequestId} of the call that placed it
 */
public record Purchase(String cartId, String orderId, String orderGroup, String requestId, Instant createdAt, String customerId) {

    public static Purchase of(Order order) {
        return new Purchase(order.cartId(), order.id(), order.orderGroup(), order.requestId(), order.creationDate(), order.customerId());
    }
}
