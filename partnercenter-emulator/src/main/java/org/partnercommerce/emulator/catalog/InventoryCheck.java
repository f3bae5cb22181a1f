package org.partnercommerce.emulator.catalog;

import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Check inventory (reference §1.11): for each target item (a product, or one of its SKUs) visible
 * in the market, whether the inventory context may buy it. Items not in the catalog are left out.
 * A SKU that needs an inventory check needs every one of its {@code inventoryVariables} in the
 * context; its region is the SKU's own ({@code armRegionName}) or else the context's.
 */
public final class InventoryCheck {

    private final List<InventoryRestriction> restrictions;

    public InventoryCheck(Catalog catalog) {
        this.restrictions = catalog.inventoryRestrictions();
    }

    public List<Result> check(MarketCatalog market, List<Target> targets, Map<String, String> inventoryContext) {
        Map<String, String> context = caseInsensitive(inventoryContext);
        Set<String> seen = new LinkedHashSet<>();
        List<Result> results = new ArrayList<>();
        for (Target target : targets) {
            Optional<Product> product = Optional.ofNullable(target.productId()).flatMap(market::product);
            if (product.isEmpty()) {
                continue;
            }
            List<Sku> skus = target.skuId() == null || target.skuId().isBlank()
                    ? market.skus(product.get(), Optional.empty())
                    : market.sku(product.get(), target.skuId()).stream().toList();
            for (Sku sku : skus) {
                if (seen.add(product.get().id() + ":" + sku.id())) {
                    results.add(new Result(product.get(), sku, restrictionsOf(product.get(), sku, context)));
                }
            }
        }
        return results;
    }

    /**
     * Why the SKU may not be bought in the inventory context (empty when it may, and always for a
     * SKU that needs no inventory check). A missing inventory variable is a 400/3000.
     */
    public List<Restriction> restrictions(Product product, Sku sku, Map<String, String> inventoryContext) {
        return restrictionsOf(product, sku, caseInsensitive(inventoryContext));
    }

    private static Map<String, String> caseInsensitive(Map<String, String> inventoryContext) {
        Map<String, String> context = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        inventoryContext.forEach((key, value) -> {
            if (key != null && value != null) {
                context.put(key, value);
            }
        });
        return context;
    }

    private List<Restriction> restrictionsOf(Product product, Sku sku, Map<String, String> context) {
        if (!sku.needsInventoryCheck()) {
            return List.of();
        }
        for (String variable : sku.inventoryVariables()) {
            String key = Character.toLowerCase(variable.charAt(0)) + variable.substring(1);
            if (context.getOrDefault(key, "").isBlank()) {
                throw PartnerCenterFault.invalidProperty("inventoryContext." + key, "The inventory context must contain '" + key
                        + "' to check SKU " + product.id() + ":" + sku.id() + " (its inventoryVariables are "
                        + String.join(", ", sku.inventoryVariables()) + ").");
            }
        }
        String subscription = context.getOrDefault("azureSubscriptionId", "");
        String region = sku.armRegionName().orElse(context.getOrDefault("armRegionName", ""));
        return restrictions.stream()
                .filter(restriction -> restriction.appliesTo(subscription, region, product.id()))
                .map(restriction -> new Restriction(restriction.reasonCode(), "Location", restriction.armRegionName()))
                .toList();
    }

    /** What to check: a product, and optionally one SKU of it. */
    public record Target(String productId, String skuId) {
    }

    public record Result(Product product, Sku sku, List<Restriction> restrictions) {

        public boolean isRestricted() {
            return !restrictions.isEmpty();
        }
    }

    /** Why an item may not be bought, e.g. {@code NotAvailableForSubscription} for location {@code eastus2}. */
    public record Restriction(String reasonCode, String type, String values) {

        public String description() {
            return "Restriction identified of type '" + type + "' with values '" + values + "'.";
        }
    }
}
