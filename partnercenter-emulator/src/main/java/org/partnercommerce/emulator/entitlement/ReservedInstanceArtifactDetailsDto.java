package org.partnercommerce.emulator.entitlement;

import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * ReservedInstanceArtifactDetails: the reservation a reservation order holds, as Azure provisioned
 * it. Its scope is the line's provisioning context {@code scope}: {@code single} applies it to the
 * Azure subscription the context names ({@code appliedScopes}), {@code shared} (or none) to every
 * subscription of the billing context.
 */
public record ReservedInstanceArtifactDetailsDto(String type, List<Reservation> reservations, ResourceAttributes attributes) {

    public record Reservation(String reservationId, String scopeType, String displayName, List<String> appliedScopes, int quantity,
                              Instant expiryDateTime, Instant effectiveDateTime, String provisioningState) {
    }

    public static ReservedInstanceArtifactDetailsDto of(Entitlement reservation) {
        boolean single = reservation.provisioning("scope").map(scope -> scope.toLowerCase(Locale.ROOT).equals("single")).orElse(false);
        List<String> appliedScopes = single
                ? reservation.provisioning("subscriptionId").map(subscription -> List.of("/subscriptions/" + subscription)).orElse(null)
                : null;
        String reservationOrderId = reservation.reservationOrderId().orElseThrow();
        return new ReservedInstanceArtifactDetailsDto(EntitlementType.RESERVED_INSTANCE.wire(), List.of(new Reservation(
                ReservationIds.reservationId(reservationOrderId), single ? "Single" : "Shared", reservation.bought().title(), appliedScopes,
                reservation.line().quantity(), reservation.expiryDate().orElse(null), reservation.effectiveDate(), "Succeeded")),
                ResourceAttributes.of("ReservedInstanceArtifactDetails"));
    }
}
