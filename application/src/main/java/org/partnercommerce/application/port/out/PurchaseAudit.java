package org.partnercommerce.application.port.out;

import java.util.List;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;

/** The audit of every purchase: append-only, kept with the purchase in its unit of work. */
public interface PurchaseAudit {

    void record(PurchaseEvent event);

    /** The steps of one cart's purchase in the order they were recorded (not by their clocks, which may tie or disagree). */
    List<PurchaseEvent> ofCart(CartId cartId);

    /** The steps of the purchase made with this request id (a direct order's, or one checkout's), in the order they were recorded. */
    List<PurchaseEvent> ofRequest(RequestId requestId);
}
