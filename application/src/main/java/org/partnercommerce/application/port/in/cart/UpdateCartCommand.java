package org.partnercommerce.application.port.in.cart;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartId;

/**
 * The new lines of a cart; the draft's customer is the cart's.
 *
 * @param idempotencyKey the caller's key for this request, if it sent one: the request to
 *                       Partner Center is then identified by it
 */
public record UpdateCartCommand(Caller caller, CartId cartId, CartDraft draft, Optional<String> idempotencyKey) {

    public UpdateCartCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(draft, "draft");
        idempotencyKey = Objects.requireNonNullElse(idempotencyKey, Optional.empty());
    }
}
