package org.partnercommerce.adapter.in.rest.cart;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CheckoutState;

/**
 * Partner Center's Cart, with one member of ours: {@code checkout}, the state of its checkout
 * ({@code pending} with the request id Partner Center sees, or {@code completed}), absent
 * before one started. Clients written for Partner Center ignore it.
 */
public record CartResponse(
        String id,
        Instant creationTimestamp,
        Instant lastModifiedTimestamp,
        Instant expirationTimestamp,
        String status,
        Boolean partnerOnRecordAttestationAccepted,
        List<CartLineItemResponse> lineItems,
        CheckoutResponse checkout,
        Map<String, Link> links,
        ResourceAttributes attributes) {

    public record CheckoutResponse(String status, String requestId, Instant startedAt, Instant completedAt,
                                   String lastRefusalCode, String lastRefusal) {

        static CheckoutResponse from(CheckoutState state) {
            return switch (state) {
                case CheckoutState.NotStarted notStarted -> notStarted.lastRefusal()
                        .map(refusal -> new CheckoutResponse("refused", null, null, null, refusal.code(), refusal.description()))
                        .orElse(null);
                case CheckoutState.Pending pending -> new CheckoutResponse("pending", pending.attempt().requestId().value(),
                        pending.attempt().startedAt(), null, null, null);
                case CheckoutState.Completed completed -> new CheckoutResponse("completed",
                        completed.attempt().requestId().value(), completed.attempt().startedAt(), completed.completedAt(), null, null);
            };
        }
    }

    public static CartResponse from(Cart cart) {
        return new CartResponse(cart.id().value(), cart.createdAt(), cart.lastModifiedAt(), cart.expiresAt(),
                cart.status().wireName(), cart.partnerOnRecordAttestationAccepted() ? Boolean.TRUE : null,
                cart.lineItems().stream().map(CartLineItemResponse::from).toList(),
                CheckoutResponse.from(cart.checkout()),
                Map.of("self", Link.get("/customers/" + cart.customerId() + "/carts/" + cart.id())),
                ResourceAttributes.of("Cart"));
    }
}
