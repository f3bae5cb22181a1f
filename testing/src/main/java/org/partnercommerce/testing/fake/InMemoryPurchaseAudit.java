package org.partnercommerce.testing.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.PurchaseEvent;
import java.util.Optional;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;

/** The purchase audit in memory. */
public final class InMemoryPurchaseAudit implements PurchaseAudit {

    private final List<PurchaseEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(PurchaseEvent event) {
        events.add(event);
    }

    @Override
    public List<PurchaseEvent> ofCart(CartId cartId) {
        return events.stream().filter(event -> event.cartId().equals(Optional.of(cartId))).toList();
    }

    @Override
    public List<PurchaseEvent> ofRequest(RequestId requestId) {
        return events.stream().filter(event -> event.requestId().equals(requestId)).toList();
    }
}
