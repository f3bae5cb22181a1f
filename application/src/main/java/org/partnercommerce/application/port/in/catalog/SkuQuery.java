package org.partnercommerce.application.port.in.catalog;

import java.util.Objects;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.shared.Country;

/** One SKU of a product in a country; {@code reservationScope} may be null. */
public record SkuQuery(ProductId productId, SkuId skuId, Country country, ReservationScope reservationScope) {

    public SkuQuery {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(country, "country");
    }
}
