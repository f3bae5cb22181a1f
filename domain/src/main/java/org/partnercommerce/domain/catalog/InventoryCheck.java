package org.partnercommerce.domain.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A question to Partner Center: can these items be bought in this context? The context
 * keys are the SKUs' inventory variables in camelCase ({@code customerId},
 * {@code azureSubscriptionId}, {@code armRegionName}).
 */
public record InventoryCheck(List<InventoryTarget> targetItems, Map<String, String> inventoryContext) {

    /** A check is one request to Partner Center: keep it to what one purchase needs. */
    public static final int MAXIMUM_TARGETS = 100;

    public InventoryCheck {
        if (targetItems == null || targetItems.isEmpty()) {
            throw new InvalidValue("targetItems", "An inventory check names at least one target item.");
        }
        if (targetItems.size() > MAXIMUM_TARGETS) {
            throw new InvalidValue("targetItems", "An inventory check names at most " + MAXIMUM_TARGETS + " target items.");
        }
        targetItems = List.copyOf(targetItems);
        Map<String, String> context = new LinkedHashMap<>();
        if (inventoryContext != null) {
            inventoryContext.forEach((key, value) -> {
                if (key == null || key.isBlank() || value == null) {
                    throw new InvalidValue("inventoryContext", "Every inventory context entry has a name and a value.");
                }
                context.put(key, value);
            });
        }
        inventoryContext = Collections.unmodifiableMap(context);
        customerIn(inventoryContext);
    }

    /** The customer the context names ({@code customerId}, in any case), whose purchase the check is for. */
    public Optional<CustomerId> customerId() {
        return customerIn(inventoryContext);
    }

    private static Optional<CustomerId> customerIn(Map<String, String> context) {
        return context.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("customerId"))
                .map(entry -> CustomerId.of(entry.getValue()))
                .findFirst();
    }
}
