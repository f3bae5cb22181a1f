package org.partnercommerce.domain.order;

import java.util.Optional;
import org.partnercommerce.domain.catalog.CatalogItem;

/** One line of a direct order being checked: its position in the request, the line, and its offer if the catalog has it. */
record OrderLineUnderCheck(int position, NewOrderLine line, Optional<CatalogItem> item, OrderUnderCheck order) {

    String title() {
        return item.map(found -> found.title() + " (" + line.offerId().value() + ")").orElse(line.offerId().value());
    }
}
