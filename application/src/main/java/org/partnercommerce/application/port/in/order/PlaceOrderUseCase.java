package org.partnercommerce.application.port.in.order;

import org.partnercommerce.domain.order.Order;

/**
 * Placing a direct order — for a customer of an indirect reseller, the reseller on record —
 * exactly once. Every rule is checked first, and an order that breaks any is refused with every
 * problem ({@code OrderRejected}) before anything is kept or sent. Then the order is kept pending
 * with the request id Partner Center will see, and Partner Center is called; a retry with the same
 * idempotency key, a concurrent one, or the recovery job drives that same placement with the same
 * request id and answers the same order. While Partner Center cannot be reached the order stays
 * pending ({@code PartnerCenterException.Unavailable}). A placed order is in the customer's
 * history at once.
 */
public interface PlaceOrderUseCase {

    Order place(PlaceOrderCommand command);
}
