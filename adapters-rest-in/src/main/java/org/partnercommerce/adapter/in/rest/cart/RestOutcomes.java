package org.partnercommerce.adapter.in.rest.cart;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.partnercommerce.adapter.in.rest.idempotency.IdempotencyKeys;
import org.partnercommerce.adapter.in.rest.order.PlaceOrderResource;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;

/**
 * The inbound API's adapter of {@link Outcomes}: what a purchase use case did, told inside the
 * unit of work that stores it, becomes the answer {@link CartResource} or {@link PlaceOrderResource} gives for it, and
 * {@link IdempotencyKeys} keeps that answer there for the key the request claimed. Nothing is
 * kept for a request without a key, nor outside a request (the recovery job).
 */
@ApplicationScoped
public class RestOutcomes implements Outcomes {

    private final IdempotencyKeys keys;

    RestOutcomes(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Override
    public void cartCreated(Cart cart) {
        keep(() -> CartResource.created(cart));
    }

    @Override
    public void cartUpdated(Cart cart) {
        keep(() -> CartResource.updated(cart));
    }

    @Override
    public void cartCheckedOut(CheckoutResult result) {
        keep(() -> CartResource.checkedOut(result));
    }

    @Override
    public void orderPlaced(Order order) {
        keep(() -> PlaceOrderResource.placed(order));
    }

    private void keep(Supplier<Response> answer) {
        if (Arc.container().requestContext().isActive()) {
            keys.keepWithOutcome(answer);
        }
    }
}
