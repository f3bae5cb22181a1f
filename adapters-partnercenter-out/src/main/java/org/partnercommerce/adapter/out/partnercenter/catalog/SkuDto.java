package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.catalog.SkuId;

/** Partner Center's Sku (reference §1.10). Quantities are read as longs: the reservations' maximum is 999999999. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkuDto(
        String id,
        String productId,
        String title,
        String description,
        Long minimumQuantity,
        Long maximumQuantity,
        @JsonProperty("isTrial") Boolean isTrial,
        List<String> supportedBillingCycles,
        List<String> purchasePrerequisites,
        List<String> inventoryVariables,
        List<String> provisioningVariables,
        Map<String, Object> dynamicAttributes,
        AttestationPropertiesDto attestationProperties) {

    /** @param askedFor the product in the request path, used when the SKU does not name its own */
    public Sku toDomain(ProductId askedFor) {
        return new Sku(
                productId == null || productId.isBlank() ? askedFor : ProductId.of(productId),
                SkuId.of(id),
                Wire.orEmpty(title),
                description,
                quantity(minimumQuantity, 1),
                quantity(maximumQuantity, Integer.MAX_VALUE),
                Wire.flag(isTrial),
                Wire.billingCycles(supportedBillingCycles),
                Wire.strings(purchasePrerequisites),
                Wire.strings(inventoryVariables),
                Wire.strings(provisioningVariables),
                dynamicAttributes == null ? Map.of() : new LinkedHashMap<>(dynamicAttributes),
                attestationProperties == null ? null : attestationProperties.toDomain());
    }

    private static int quantity(Long value, int absent) {
        if (value == null) {
            return absent;
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
    }
}
