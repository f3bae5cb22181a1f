package org.partnercommerce.application.port.in.order;

import org.partnercommerce.domain.order.Order;

/** Reading one order, placed here or anywhere else, the moment its checkout answered. */
public interface GetOrderUseCase {

    Order get(GetOrderQuery query);
}
