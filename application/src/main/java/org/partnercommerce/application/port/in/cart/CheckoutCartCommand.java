package org.partnercommerce.application.port.in.cart;

import java.util.Objects;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.idempotency.AnswerKeeper;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.CheckoutResult;

/**
 * A cart to check out.
 *
 * @param answer keeps the answer to the caller's idempotency key with the checkout's result
 */
public record CheckoutCartCommand(Caller caller, CustomerId customerId, CartId cartId, AnswerKeeper<CheckoutResult> answer) {

    public CheckoutCartCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(cartId, "cartId");
        answer = Objects.requireNonNullElse(answer, AnswerKeeper.none());
    }

    public CheckoutCartCommand(Caller caller, CustomerId customerId, CartId cartId) {
        this(caller, customerId, cartId, AnswerKeeper.none());
    }
}
