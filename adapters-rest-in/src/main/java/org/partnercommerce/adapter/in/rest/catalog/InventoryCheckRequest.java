package org.partnercommerce.adapter.in.rest.catalog;

import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.shared.InvalidValue;

/** Partner Center's InventoryCheckRequest: which items, in which context (the SKUs' inventory variables). */
public record InventoryCheckRequest(List<TargetItem> targetItems, Map<String, String> inventoryContext) {

    public record TargetItem(String productId, String skuId) {

        InventoryTarget toDomain() {
            if (productId == null) {
                throw new InvalidValue("targetItems.productId", "Every target item names a productId.");
            }
            return new InventoryTarget(ProductId.of(productId), skuId == null ? null : SkuId.of(skuId));
        }
    }

    public InventoryCheck toDomain() {
        if (targetItems == null) {
            throw new InvalidValue("targetItems", "An inventory check names its targetItems.");
        }
        if (targetItems.contains(null)) {
            throw new InvalidValue("targetItems", "A target item may not be null.");
        }
        return new InventoryCheck(targetItems.stream().map(TargetItem::toDomain).toList(), inventoryContext);
    }
}
