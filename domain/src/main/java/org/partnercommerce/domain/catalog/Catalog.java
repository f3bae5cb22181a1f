package org.partnercommerce.domain.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the catalog items fetched for one purchase (the SKU, availability and
 * product of each modern line, the offer of each legacy line), in the customer's country.
 * Ids are looked up without regard to case. An item the catalog does not know is simply
 * not in the snapshot.
 */
public final class Catalog {

    private final Map<String, CatalogItem> items;

    private Catalog(Map<String, CatalogItem> items) {
        this.items = items;
    }

    public static Catalog of(Collection<? extends CatalogItem> items) {
        Map<String, CatalogItem> byId = new LinkedHashMap<>();
        for (CatalogItem item : items) {
            byId.put(key(item.id()), item);
        }
        return new Catalog(byId);
    }

    public static Catalog of(CatalogItem... items) {
        return of(List.of(items));
    }

    public static Catalog empty() {
        return new Catalog(Map.of());
    }

    public Optional<CatalogItem> find(CatalogItemId id) {
        return Optional.ofNullable(items.get(key(id)));
    }

    public List<CatalogItem> items() {
        return List.copyOf(items.values());
    }

    private static String key(CatalogItemId id) {
        return id.value().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Catalog" + items.keySet();
    }
}
