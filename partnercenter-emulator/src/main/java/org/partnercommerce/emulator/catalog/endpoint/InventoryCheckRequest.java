package org.partnercommerce.emulator.catalog.endpoint;

import java.util.List;
import java.util.Map;

/** The body of check inventory: {@code {"targetItems": [{"productId", "skuId"?}], "inventoryContext": {...}}}, any property case. */
record InventoryCheckRequest(List<TargetItem> targetItems, Map<String, Object> inventoryContext) {

    record TargetItem(String productId, String skuId) {
    }
}
