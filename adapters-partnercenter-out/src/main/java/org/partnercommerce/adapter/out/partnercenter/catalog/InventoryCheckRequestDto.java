package org.partnercommerce.adapter.out.partnercenter.catalog;

import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.catalog.InventoryCheck;

/** {@code {"targetItems": [{"productId": "DZH318Z0BQ3Q", "skuId": "0001"}], "inventoryContext": {"customerId": "..."}}} */
public record InventoryCheckRequestDto(List<TargetItem> targetItems, Map<String, String> inventoryContext) {

    /** Without a SKU, Partner Center checks every SKU of the product; a null skuId is left out of the JSON. */
    public record TargetItem(String productId, String skuId) {
    }

    public static InventoryCheckRequestDto from(InventoryCheck check) {
        return new InventoryCheckRequestDto(
                check.targetItems().stream()
                        .map(target -> new TargetItem(target.productId().value(),
                                target.sku().map(sku -> sku.value()).orElse(null)))
                        .toList(),
                check.inventoryContext());
    }
}
