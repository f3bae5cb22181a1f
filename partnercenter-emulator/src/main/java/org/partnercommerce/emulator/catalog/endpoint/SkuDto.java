package org.partnercommerce.emulator.catalog.endpoint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.catalog.Product;
import org.partnercommerce.emulator.catalog.Sku;
import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Sku resource (reference §1.10). */
record SkuDto(String id, String productId, String title, String description, int minimumQuantity, int maximumQuantity,
              @JsonProperty("isTrial") boolean isTrial, List<String> supportedBillingCycles, List<String> purchasePrerequisites,
              List<String> inventoryVariables, List<String> provisioningVariables, Map<String, Object> dynamicAttributes,
              JsonNode attestationProperties, Map<String, Link> links, ResourceAttributes attributes) {

    static SkuDto from(Product product, Sku sku, CatalogLinks links) {
        Map<String, Link> skuLinks = new LinkedHashMap<>();
        skuLinks.put("availabilities", links.availabilities(product, sku));
        skuLinks.put("self", links.sku(product, sku));
        return new SkuDto(sku.id(), product.id(), sku.title(), sku.description(), sku.minimumQuantity(), sku.maximumQuantity(),
                sku.isTrial(), sku.supportedBillingCycles(), sku.purchasePrerequisites(), sku.inventoryVariables(),
                sku.provisioningVariables(), sku.dynamicAttributes(), sku.attestationProperties(), skuLinks, ResourceAttributes.of("Sku"));
    }
}
