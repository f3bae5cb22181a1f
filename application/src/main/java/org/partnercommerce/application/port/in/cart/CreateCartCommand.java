package org.partnercommerce.application.port.in.cart;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.idempotency.AnswerKeeper;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartDraft;

/**
 * A cart to create for the draft's customer.
 *
 * @param idempotencyKey the caller's key for this request, if it sent one: the request to
 *                       Partner Center is then identified by it, so a retry creates no second cart
 * @param answer         keeps the answer to that key with the stored cart
 */
public record CreateCartCommand(Caller caller, CartDraft draft, Optional<String> idempotencyKey, AnswerKeeper<Cart> answer) {

    public CreateCartCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(draft, "draft");
        idempotencyKey = Objects.requireNonNullElse(idempotencyKey, Optional.empty());
        answer = Objects.requireNonNullElse(answer, AnswerKeeper.none());
    }

    public CreateCartCommand(Caller caller, CartDraft draft, Optional<String> idempotencyKey) {
        this(caller, draft, idempotencyKey, AnswerKeeper.none());
    }
}
