package org.partnercommerce.application.port.in.catalog;

import java.util.Objects;
import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TargetView;
import org.partnercommerce.domain.shared.Country;

/** The products of one view of the catalog in a country; {@code segment} and {@code reservationScope} may be null. */
public record ProductsQuery(Country country, TargetView targetView, TargetSegment segment, ReservationScope reservationScope) {

    public ProductsQuery {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(targetView, "targetView");
    }
}
