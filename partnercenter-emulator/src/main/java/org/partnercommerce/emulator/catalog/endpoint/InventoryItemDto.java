package org.partnercommerce.emulator.catalog.endpoint;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.partnercommerce.emulator.catalog.InventoryCheck;

import java.util.List;

/** InventoryItem in the answer of check inventory (reference §1.11). */
record InventoryItemDto(String productId, String skuId, @JsonProperty("isRestricted") boolean isRestricted,
                        List<RestrictionDto> restrictions) {

    static InventoryItemDto from(InventoryCheck.Result result) {
        return new InventoryItemDto(result.product().id(), result.sku().id(), result.isRestricted(),
                result.restrictions().stream().map(RestrictionDto::from).toList());
    }

    record RestrictionDto(String reasonCode, String description, Properties properties) {

        static RestrictionDto from(InventoryCheck.Restriction restriction) {
            return new RestrictionDto(restriction.reasonCode(), restriction.description(),
                    new Properties(restriction.type(), restriction.values()));
        }
    }

    record Properties(String type, String values) {
    }
}
