package org.partnercommerce.adapter.in.rest.catalog;

import java.util.List;
import java.util.Map;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.catalog.AttestationProperties;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.shared.Country;

/** Partner Center's Sku. */
public record SkuResponse(
        String id,
        String productId,
        String title,
        String description,
        int minimumQuantity,
        int maximumQuantity,
        boolean isTrial,
        List<String> supportedBillingCycles,
        List<String> purchasePrerequisites,
        List<String> inventoryVariables,
        List<String> provisioningVariables,
        Map<String, Object> dynamicAttributes,
        AttestationProperties attestationProperties,
        Map<String, Link> links,
        ResourceAttributes attributes) {

    public static SkuResponse from(Sku sku, Country country) {
        String self = "/products/" + sku.productId() + "/skus/" + sku.id();
        String query = "?country=" + country;
        return new SkuResponse(sku.id().value(), sku.productId().value(), sku.title(), sku.description(),
                sku.minimumQuantity(), sku.maximumQuantity(), sku.trial(),
                sku.supportedBillingCycles().stream().map(BillingCycle::wireName).toList(),
                sku.purchasePrerequisites(), sku.inventoryVariables(), sku.provisioningVariables(),
                sku.dynamicAttributes(), sku.attestationProperties(),
                Link.inOrder("availabilities", Link.get(self + "/availabilities" + query), "self", Link.get(self + query)),
                ResourceAttributes.of("Sku"));
    }
}
