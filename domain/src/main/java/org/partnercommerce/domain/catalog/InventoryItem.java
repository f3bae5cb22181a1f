package org.partnercommerce.domain.catalog;

import java.util.List;
import java.util.Objects;

/** The inventory answer for one SKU: restricted or not, and why. */
public record InventoryItem(ProductId productId, SkuId skuId, boolean restricted, List<InventoryRestriction> restrictions) {

    public InventoryItem {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(skuId, "skuId");
        restrictions = List.copyOf(restrictions);
    }
}
