package org.partnercommerce.application.port.in.catalog;

import java.util.Objects;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.shared.Country;

/** The availabilities of a SKU in a country; {@code segment} and {@code reservationScope} may be null. */
public record AvailabilitiesQuery(ProductId productId, SkuId skuId, Country country, TargetSegment segment,
                                  ReservationScope reservationScope) {

    public AvailabilitiesQuery {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(country, "country");
    }
}
