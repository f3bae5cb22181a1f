package org.partnercommerce.domain.order;

import java.util.List;
import java.util.stream.IntStream;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.catalog.Catalog;

/** A direct order being checked, with everything its rules may look at. */
record OrderUnderCheck(NewOrder order, Catalog catalog, PurchaseContext purchase) {

    /** Each line, at its position in the request, with what the catalog says of its offer. */
    List<OrderLineUnderCheck> lines() {
        return IntStream.range(0, order.lineItems().size())
                .mapToObj(position -> new OrderLineUnderCheck(position, order.lineItems().get(position),
                        catalog.find(order.lineItems().get(position).offerId()), this))
                .toList();
    }
}
