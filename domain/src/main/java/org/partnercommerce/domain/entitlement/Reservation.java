package org.partnercommerce.domain.entitlement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reservation of a reservation order, as Partner Center describes it (reference: the
 * ReservedInstanceArtifactDetails of an entitlement's artifact link).
 *
 * @param scopeType     {@code Shared} or {@code Single}
 * @param appliedScopes the Azure subscriptions it applies to, when its scope is not shared
 */
public record Reservation(String reservationId, String scopeType, String displayName, List<String> appliedScopes, int quantity,
                          Optional<Instant> expiryDateTime, Optional<Instant> effectiveDateTime, String provisioningState) {

    public Reservation {
        Objects.requireNonNull(reservationId, "reservationId");
        appliedScopes = appliedScopes == null ? List.of() : List.copyOf(appliedScopes);
        expiryDateTime = Objects.requireNonNullElse(expiryDateTime, Optional.empty());
        effectiveDateTime = Objects.requireNonNullElse(effectiveDateTime, Optional.empty());
    }
}
