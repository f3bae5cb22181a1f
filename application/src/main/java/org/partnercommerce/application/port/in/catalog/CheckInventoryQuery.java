package org.partnercommerce.application.port.in.catalog;

import java.util.Objects;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.shared.Country;

/** An inventory check in a country, by a caller: the customer its context names must be one the caller may act for. */
public record CheckInventoryQuery(Caller caller, Country country, InventoryCheck check) {

    public CheckInventoryQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(check, "check");
    }
}
