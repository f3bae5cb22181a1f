package org.partnercommerce.application.port.in.cart;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.idempotency.AnswerKeeper;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartId;

/**
 * The new lines of a cart; the draft's customer is the cart's.
 *
 * @param answer keeps the answer to the caller's key with the updated cart
 */
public record UpdateCartCommand(Caller caller, CartId cartId, CartDraft draft, Optional<String> idempotencyKey,
                                AnswerKeeper<Cart> answer) {

    public UpdateCartCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(draft, "draft");
        idempotencyKey = Objects.requireNonNullElse(idempotencyKey, Optional.empty());
        answer = Objects.requireNonNullElse(answer, AnswerKeeper.none());
    }

    public UpdateCartCommand(Caller caller, CartId cartId, CartDraft draft, Optional<String> idempotencyKey) {
        this(caller, cartId, draft, idempotencyKey, AnswerKeeper.none());
    }
}
