package org.partnercommerce.emulator.catalog;

/**
 * A seeded inventory shortage: the Azure subscription may not buy (reservations) in the region.
 * {@code productId} narrows it to one product; when absent it applies to every SKU that needs
 * an inventory check.
 */
public record InventoryRestriction(String azureSubscriptionId, String armRegionName, String reasonCode, String productId) {

    public boolean appliesTo(String subscriptionId, String region, String product) {
        return azureSubscriptionId.equalsIgnoreCase(subscriptionId)
                && armRegionName.equalsIgnoreCase(region)
                && (productId == null || productId.equalsIgnoreCase(product));
    }
}
