package org.partnercommerce.domain.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The inventory checks run for one purchase, with their answers: the proof a line of a SKU
 * that needs an inventory check brings. A result counts for a SKU in a context when it was
 * asked with the same inventory context (keys without regard to case, values likewise) and
 * its answer lists that SKU.
 */
public final class InventoryResults {

    private static final InventoryResults NONE = new InventoryResults(List.of());

    private final List<InventoryResult> results;

    private InventoryResults(List<InventoryResult> results) {
        this.results = List.copyOf(results);
    }

    public static InventoryResults of(List<InventoryResult> results) {
        return new InventoryResults(results);
    }

    public static InventoryResults none() {
        return NONE;
    }

    public List<InventoryResult> results() {
        return results;
    }

    /** The verdict for one SKU in one inventory context. */
    public InventoryVerdict verdictFor(ProductId productId, SkuId skuId, Map<String, String> inventoryContext) {
        Map<String, String> wanted = normalised(inventoryContext);
        return results.stream()
                .filter(result -> normalised(result.check().inventoryContext()).equals(wanted))
                .map(result -> itemFor(result, productId, skuId))
                .flatMap(Optional::stream)
                .findFirst()
                .<InventoryVerdict>map(item -> item.restricted()
                        ? new InventoryVerdict.Restricted(item.restrictions())
                        : new InventoryVerdict.Available())
                .orElseGet(InventoryVerdict.NotChecked::new);
    }

    private static Optional<InventoryItem> itemFor(InventoryResult result, ProductId productId, SkuId skuId) {
        return result.items().stream()
                .filter(item -> item.productId().value().equalsIgnoreCase(productId.value())
                        && item.skuId().value().equalsIgnoreCase(skuId.value()))
                .findFirst();
    }

    private static Map<String, String> normalised(Map<String, String> context) {
        Map<String, String> normalised = new TreeMap<>();
        Objects.requireNonNull(context, "inventoryContext").forEach((key, value) ->
                normalised.put(key.toLowerCase(Locale.ROOT), value.trim().toLowerCase(Locale.ROOT)));
        return normalised;
    }
}
