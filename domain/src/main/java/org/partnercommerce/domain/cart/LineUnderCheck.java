package org.partnercommerce.domain.cart;

import java.time.Instant;
import java.util.Optional;
import org.partnercommerce.domain.catalog.CatalogItem;

/** One line being checked, with everything its rules may look at. */
record LineUnderCheck(int lineId, CartLine line, Optional<CatalogItem> item, CartDraft draft, PurchaseContext purchase,
                      Instant now) {

    Optional<CatalogItem.Modern> modernItem() {
        return item.filter(CatalogItem.Modern.class::isInstance).map(CatalogItem.Modern.class::cast);
    }

    String title() {
        return item.map(found -> found.title() + " (" + line.catalogItemId().value() + ")")
                .orElse(line.catalogItemId().value());
    }
}
