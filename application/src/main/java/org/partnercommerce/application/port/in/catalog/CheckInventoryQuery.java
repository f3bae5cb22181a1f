package org.partnercommerce.application.port.in.catalog;

import java.util.Objects;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.shared.Country;

/** An inventory check in a country. */
public record CheckInventoryQuery(Country country, InventoryCheck check) {

    public CheckInventoryQuery {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(check, "check");
    }
}
