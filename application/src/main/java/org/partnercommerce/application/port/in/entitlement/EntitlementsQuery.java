package org.partnercommerce.application.port.in.entitlement;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.entitlement.EntitlementType;

/**
 * A customer's entitlements, of every kind or of one, with their expiry dates or without, and who asks.
 *
 * @param showExpiry whether to answer each entitlement's expiry date (where it has one)
 */
public record EntitlementsQuery(Caller caller, CustomerId customerId, Optional<EntitlementType> type, boolean showExpiry) {

    public EntitlementsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        type = Objects.requireNonNullElse(type, Optional.empty());
    }
}
