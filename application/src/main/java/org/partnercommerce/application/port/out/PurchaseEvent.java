package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * One step of a purchase, for the audit: who (the caller's subject, or {@code recovery}) did
 * what for which customer — a cart's checkout, or a direct order — with the request id Partner
 * Center saw, and when.
 *
 * @param cartId    the cart checked out; empty for a direct order, which its request id names
 * @param requestId the {@code MS-RequestId} of the checkout or the direct order: the same on every step of it
 * @param detail    the order ids bought, or the refusal's code and text, or why it is still pending
 */
public record PurchaseEvent(Instant at, String actor, CustomerId customerId, Optional<CartId> cartId, RequestId requestId,
                            Kind kind, String detail) {

    public enum Kind {
        /** The cart became checkout-pending with this request id. */
        CHECKOUT_STARTED,
        /** The direct order became pending with this request id, before Partner Center was called. */
        ORDER_STARTED,
        /** Partner Center answered with orders (and perhaps order errors). */
        ORDERED,
        /** Partner Center refused the checkout definitely; nothing was bought. */
        REFUSED,
        /** Partner Center gave no answer that settles it; the checkout stays pending. */
        STILL_PENDING,
        /** A purchase cap refused the checkout before anything was sent; its request id was never used. */
        CAP_EXCEEDED
    }

    public PurchaseEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(customerId, "customerId");
        cartId = Objects.requireNonNullElse(cartId, Optional.empty());
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }
}
