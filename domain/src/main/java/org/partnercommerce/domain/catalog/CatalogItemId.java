package org.partnercommerce.domain.catalog;

import org.partnercommerce.domain.shared.InvalidValue;

/**
 * What a cart line buys: a modern catalog item, {@code product:sku:availability}
 * ({@code CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P}), or a legacy offer id ({@code MS-AZR-0145P},
 * or an offer GUID).
 */
public sealed interface CatalogItemId permits CatalogItemId.Modern, CatalogItemId.LegacyOffer {

    /** The id as Partner Center writes it. */
    String value();

    static CatalogItemId parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("catalogItemId", "A catalog item id is required: product:sku:availability, or a legacy offer id.");
        }
        String[] parts = value.split(":", -1);
        return switch (parts.length) {
            case 1 -> new LegacyOffer(value);
            case 3 -> new Modern(ProductId.of(parts[0]), SkuId.of(parts[1]), AvailabilityId.of(parts[2]));
            default -> throw new InvalidValue("catalogItemId", "'" + value
                    + "' is not a catalog item id: product:sku:availability, or a legacy offer id.");
        };
    }

    /** A product, SKU and availability of the modern catalog. */
    record Modern(ProductId productId, SkuId skuId, AvailabilityId availabilityId) implements CatalogItemId {

        public Modern {
            if (productId == null || skuId == null || availabilityId == null) {
                throw new InvalidValue("catalogItemId", "A catalog item id names a product, a SKU and an availability.");
            }
        }

        @Override
        public String value() {
            return productId.value() + ":" + skuId.value() + ":" + availabilityId.value();
        }

        @Override
        public String toString() {
            return value();
        }
    }

    /** An offer of the legacy (offers API) catalog, bought through its own order system. */
    record LegacyOffer(String offerId) implements CatalogItemId {

        public LegacyOffer {
            offerId = IdForm.require("catalogItemId", offerId);
        }

        @Override
        public String value() {
            return offerId;
        }

        @Override
        public String toString() {
            return offerId;
        }
    }
}
