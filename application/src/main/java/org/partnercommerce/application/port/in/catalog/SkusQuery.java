package org.partnercommerce.application.port.in.catalog;

import java.util.Objects;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.shared.Country;

/** The SKUs of a product in a country; {@code segment} and {@code reservationScope} may be null. */
public record SkusQuery(ProductId productId, Country country, TargetSegment segment, ReservationScope reservationScope) {

    public SkusQuery {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(country, "country");
    }
}
