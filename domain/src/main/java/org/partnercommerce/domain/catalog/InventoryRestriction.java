package org.partnercommerce.domain.catalog;

import java.util.Map;

/** Why an item cannot be bought in the asked context, e.g. {@code NotAvailableForSubscription} in a region. */
public record InventoryRestriction(String reasonCode, String description, Map<String, String> properties) {

    public InventoryRestriction {
        properties = Map.copyOf(properties);
    }
}
