package org.partnercommerce.domain.catalog;

import java.util.List;
import java.util.Objects;

/** One inventory check that was asked of Partner Center, with its answer. */
public record InventoryResult(InventoryCheck check, List<InventoryItem> items) {

    public InventoryResult {
        Objects.requireNonNull(check, "check");
        items = List.copyOf(items);
    }
}
