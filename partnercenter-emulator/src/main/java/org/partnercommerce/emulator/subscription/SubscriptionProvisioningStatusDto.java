package org.partnercommerce.emulator.subscription;

import org.partnercommerce.emulator.cart.CatalogItemId;
import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.time.Instant;
import java.util.Map;

/**
 * SubscriptionProvisioningStatus: a subscription exists here only once its order completed, so its
 * provisioning always answers {@code success}, with its SKU (the legacy offer id for a legacy offer),
 * its quantity and the end of its commitment (none without a term).
 */
public record SubscriptionProvisioningStatusDto(String skuId, String status, int quantity, Instant endDate, Map<String, Link> links,
                                                ResourceAttributes attributes) {

    public static SubscriptionProvisioningStatusDto of(Subscription subscription) {
        String skuId = CatalogItemId.parse(subscription.line().offerId()).map(CatalogItemId::skuId).orElse(subscription.line().offerId());
        return new SubscriptionProvisioningStatusDto(skuId, "success", subscription.line().quantity(),
                subscription.commitmentEndDate().orElse(null),
                Map.of("self", Link.get(SubscriptionDto.self(subscription) + "/provisioningstatus")),
                ResourceAttributes.of("SubscriptionProvisioningStatus"));
    }
}
