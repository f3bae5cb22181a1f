package org.partnercommerce.domain.catalog;

/** A product's id in the catalog, e.g. {@code CFQ7TTC0LH0Z}. */
public record ProductId(String value) {

    public ProductId {
        value = IdForm.require("productId", value);
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
