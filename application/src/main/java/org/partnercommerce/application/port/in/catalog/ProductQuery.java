package org.partnercommerce.application.port.in.catalog;

import java.util.Objects;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.shared.Country;

/** One product as it is sold in a country; {@code reservationScope} may be null. */
public record ProductQuery(ProductId productId, Country country, ReservationScope reservationScope) {

    public ProductQuery {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(country, "country");
    }
}
