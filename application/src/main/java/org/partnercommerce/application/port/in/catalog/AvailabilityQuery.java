package org.partnercommerce.application.port.in.catalog;

import java.util.Objects;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.shared.Country;

/** One availability of a SKU in a country. */
public record AvailabilityQuery(ProductId productId, SkuId skuId, AvailabilityId availabilityId, Country country) {

    public AvailabilityQuery {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(availabilityId, "availabilityId");
        Objects.requireNonNull(country, "country");
    }
}
