package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.SkuId;

/** One element of the bare array check-inventory answers (reference §1.11). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryItemDto(
        String productId,
        String skuId,
        @JsonProperty("isRestricted") Boolean isRestricted,
        List<InventoryRestrictionDto> restrictions) {

    public InventoryItem toDomain() {
        List<InventoryRestrictionDto> given = Wire.list(restrictions);
        return new InventoryItem(
                ProductId.of(productId),
                SkuId.of(skuId),
                Wire.flag(isRestricted) || (isRestricted == null && !given.isEmpty()),
                given.stream().map(InventoryRestrictionDto::toDomain).toList());
    }
}
