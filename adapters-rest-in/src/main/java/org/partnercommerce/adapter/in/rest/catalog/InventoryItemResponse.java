package org.partnercommerce.adapter.in.rest.catalog;

import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.InventoryRestriction;

/** Partner Center's InventoryItem. */
public record InventoryItemResponse(String productId, String skuId, boolean isRestricted, List<RestrictionResponse> restrictions) {

    public record RestrictionResponse(String reasonCode, String description, Map<String, String> properties) {

        static RestrictionResponse from(InventoryRestriction restriction) {
            return new RestrictionResponse(restriction.reasonCode(), restriction.description(), restriction.properties());
        }
    }

    public static InventoryItemResponse from(InventoryItem item) {
        return new InventoryItemResponse(item.productId().value(), item.skuId().value(), item.restricted(),
                item.restrictions().stream().map(RestrictionResponse::from).toList());
    }
}
