package org.partnercommerce.domain.catalog;

import java.util.Objects;

/** A product of the catalog: what a partner sells, before the SKU and availability are chosen. */
public record Product(
        ProductId id,
        String title,
        String description,
        ItemType productType,
        boolean microsoftProduct,
        String publisherName) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
