package org.partnercommerce.domain.catalog;

import java.util.Objects;
import java.util.Optional;

/** A product (and optionally one SKU of it) whose inventory is asked for; without a SKU, every SKU is checked. */
public record InventoryTarget(ProductId productId, SkuId skuId) {

    public InventoryTarget {
        Objects.requireNonNull(productId, "productId");
    }

    public Optional<SkuId> sku() {
        return Optional.ofNullable(skuId);
    }
}
