package org.partnercommerce.domain.cart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * The inventory check a line of a SKU with the {@code InventoryCheck} prerequisite must
 * pass: the SKU as target, and an inventory context made of its inventory variables in
 * camelCase, valued from the purchase: {@code customerId} is the cart's customer;
 * {@code azureSubscriptionId} is the provisioning context's {@code azureSubscriptionId},
 * else its {@code subscriptionId}; any other variable ({@code armRegionName}, ...) is the
 * provisioning context's value, else the SKU's dynamic attribute of that name. A variable
 * with no value is left out of the context.
 */
final class InventoryQuestion {

    private InventoryQuestion() {
    }

    static Optional<InventoryCheck> forLine(CustomerId customer, CatalogItem.Modern item, CartLine line) {
        Sku sku = item.sku();
        if (!sku.requiresInventoryCheck()) {
            return Optional.empty();
        }
        Map<String, String> context = context(customer, sku, line);
        if (context.size() < sku.inventoryVariables().size()) {
            // A variable the line does not give (a reservation without its subscription): nothing to ask;
            // the provisioning context rule says what is missing (10010).
            return Optional.empty();
        }
        return Optional.of(new InventoryCheck(List.of(new InventoryTarget(sku.productId(), sku.id())), context));
    }

    static Map<String, String> context(CustomerId customer, Sku sku, CartLine line) {
        Map<String, String> context = new LinkedHashMap<>();
        for (String variable : sku.inventoryVariables()) {
            String key = ProvisioningContextRule.camelCase(variable);
            value(key, customer, sku, line).ifPresent(value -> context.put(key, value));
        }
        return context;
    }

    private static Optional<String> value(String key, CustomerId customer, Sku sku, CartLine line) {
        ProvisioningContext provisioning = line.provisioningContext();
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "customerid" -> Optional.of(customer.value());
            case "azuresubscriptionid" -> provisioning.value(key).or(() -> provisioning.value("subscriptionId"));
            default -> provisioning.value(key).or(() -> attribute(sku, key));
        };
    }

    private static Optional<String> attribute(Sku sku, String key) {
        return sku.dynamicAttributes().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .filter(value -> value instanceof String || value instanceof Number || value instanceof Boolean)
                .map(String::valueOf)
                .findFirst();
    }
}
