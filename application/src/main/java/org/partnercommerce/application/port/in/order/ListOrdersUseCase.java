package org.partnercommerce.application.port.in.order;

import org.partnercommerce.domain.order.OrderPage;

/**
 * A customer's order history, newest first, a page at a time, all of it or one billing type's: the
 * orders recorded here, visible the moment their checkout answered, with those Partner Center lists.
 */
public interface ListOrdersUseCase {

    OrderPage list(ListOrdersQuery query);
}
