package org.partnercommerce.application.port.in.cart;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.cart.CartDraft;

/**
 * A cart to create for the draft's customer.
 *
 * @param idempotencyKey the caller's key for this request, if it sent one: the request to
 *                       Partner Center is then identified by it, so a retry creates no second cart
 */
public record CreateCartCommand(Caller caller, CartDraft draft, Optional<String> idempotencyKey) {

    public CreateCartCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(draft, "draft");
        idempotencyKey = Objects.requireNonNullElse(idempotencyKey, Optional.empty());
    }
}
