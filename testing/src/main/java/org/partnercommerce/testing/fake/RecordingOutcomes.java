package org.partnercommerce.testing.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;

/** Notes what the purchase services told they did, in order. */
public final class RecordingOutcomes implements Outcomes {

    /** One outcome told: which, and what it carried. */
    public record Told(String what, Object outcome) {
    }

    private final List<Told> told = new CopyOnWriteArrayList<>();

    @Override
    public void cartCreated(Cart cart) {
        told.add(new Told("cartCreated", cart));
    }

    @Override
    public void cartUpdated(Cart cart) {
        told.add(new Told("cartUpdated", cart));
    }

    @Override
    public void cartCheckedOut(CheckoutResult result) {
        told.add(new Told("cartCheckedOut", result));
    }

    @Override
    public void orderPlaced(Order order) {
        told.add(new Told("orderPlaced", order));
    }

    public List<Told> told() {
        return List.copyOf(told);
    }
}
