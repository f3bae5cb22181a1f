package org.partnercommerce.domain.catalog;

/** A SKU's id, unique within its product, e.g. {@code 0001}. */
public record SkuId(String value) {

    public SkuId {
        value = IdForm.require("skuId", value);
    }

    public static SkuId of(String value) {
        return new SkuId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
