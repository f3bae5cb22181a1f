package org.partnercommerce.adapter.in.rest.cart;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.cart.OrderGroupState;
import org.partnercommerce.domain.order.OrderError;

/**
 * Partner Center's Cart, with two members of ours, absent before a checkout started:
 * {@code checkout}, the state of its latest checkout ({@code pending} with the request id
 * Partner Center sees, {@code completed}, or {@code refused}), and {@code orderGroups}, where
 * each order group stands ({@code pending}, {@code ordered}, or {@code failed} with Partner
 * Center's order error: a checkout again re-attempts the failed ones). Clients written for
 * Partner Center ignore them.
 */
public record CartResponse(
        String id,
        Instant creationTimestamp,
        Instant lastModifiedTimestamp,
        Instant expirationTimestamp,
        String lastModifiedUser,
        String status,
        Boolean partnerOnRecordAttestationAccepted,
        List<CartLineItemResponse> lineItems,
        CheckoutResponse checkout,
        List<OrderGroupResponse> orderGroups,
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

    /** One order group of the cart: {@code pending}, {@code ordered} or {@code failed} (with its order error). */
    public record OrderGroupResponse(String orderGroupId, String status, Integer code, String description) {

        static List<OrderGroupResponse> from(Cart cart) {
            if (cart.checkout() instanceof CheckoutState.NotStarted) {
                return null;
            }
            return cart.orderGroupStates().stream().map(OrderGroupResponse::from).toList();
        }

        private static OrderGroupResponse from(OrderGroupState state) {
            String status = switch (state.status()) {
                case NOT_CHECKED_OUT -> "notCheckedOut";
                case PENDING -> "pending";
                case ORDERED -> "ordered";
                case FAILED -> "failed";
            };
            return new OrderGroupResponse(state.group().value(), status, state.error().map(OrderError::code).orElse(null),
                    state.error().map(OrderError::description).orElse(null));
        }
    }

    public static CartResponse from(Cart cart) {
        return new CartResponse(cart.id().value(), cart.createdAt(), cart.lastModifiedAt(), cart.expiresAt(),
                cart.lastModifiedUser().orElse(null),
                cart.status().wireName(), cart.partnerOnRecordAttestationAccepted() ? Boolean.TRUE : null,
                cart.lineItems().stream().map(CartLineItemResponse::from).toList(),
                CheckoutResponse.from(cart.checkout()),
                OrderGroupResponse.from(cart),
                Map.of("self", Link.get("/customers/" + cart.customerId() + "/carts/" + cart.id())),
                ResourceAttributes.of("Cart"));
    }
}
