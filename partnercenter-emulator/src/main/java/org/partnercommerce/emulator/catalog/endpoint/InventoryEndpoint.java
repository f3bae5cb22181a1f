package org.partnercommerce.emulator.catalog.endpoint;

import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.InventoryCheck;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code POST /v1/extensions/product/checkInventory?country=} (any path case): answers a bare
 * JSON array of InventoryItem, leaving out the items not in the catalog.
 */
public final class InventoryEndpoint {

    private final Catalog catalog;
    private final InventoryCheck inventoryCheck;

    public InventoryEndpoint(Catalog catalog) {
        this.catalog = catalog;
        this.inventoryCheck = new InventoryCheck(catalog);
    }

    public void addTo(RouteGroup routes) {
        routes.post("/v1/extensions/product/checkInventory", this::checkInventory);
    }

    private Response checkInventory(Request request) {
        CatalogScope scope = CatalogScope.byCountry(request, catalog);
        InventoryCheckRequest body = Json.read(request.body(), InventoryCheckRequest.class);
        if (body.targetItems() == null || body.targetItems().stream().allMatch(Objects::isNull)) {
            throw PartnerCenterFault.invalidProperty("targetItems", "The inventory check request must list at least one target item.");
        }
        List<InventoryCheck.Target> targets = body.targetItems().stream()
                .filter(Objects::nonNull)
                .map(item -> new InventoryCheck.Target(item.productId(), item.skuId()))
                .toList();
        Map<String, String> context = new LinkedHashMap<>();
        if (body.inventoryContext() != null) {
            body.inventoryContext().forEach((key, value) -> context.put(key, value == null ? null : String.valueOf(value)));
        }
        return Json.ok(inventoryCheck.check(scope.catalog(), targets, context).stream().map(InventoryItemDto::from).toList());
    }
}
