package org.partnercommerce.application.port.out;

import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;

/** Partner Center's orders. Its list shows a new order only up to 15 minutes after it was placed; a read by id at once. */
public interface PartnerCenterOrders {

    Optional<Order> order(CustomerId customerId, OrderId orderId);

    List<Order> orders(CustomerId customerId);
}
