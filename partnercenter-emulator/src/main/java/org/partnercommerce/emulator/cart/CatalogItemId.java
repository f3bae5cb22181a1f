package org.partnercommerce.emulator.cart;

import java.util.Optional;

/**
 * A modern catalog item id, {@code productId:skuId:availabilityId}. Anything else a cart line
 * names ({@code MS-AZR-0145P}, an offer GUID) is a legacy offer id.
 */
public record CatalogItemId(String productId, String skuId, String availabilityId) {

    public static Optional<CatalogItemId> parse(String catalogItemId) {
        if (catalogItemId == null) {
            return Optional.empty();
        }
        String[] parts = catalogItemId.trim().split(":", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CatalogItemId(parts[0], parts[1], parts[2]));
    }

    public static boolean isModern(String catalogItemId) {
        return parse(catalogItemId).isPresent();
    }

    @Override
    public String toString() {
        return productId + ":" + skuId + ":" + availabilityId;
    }
}
