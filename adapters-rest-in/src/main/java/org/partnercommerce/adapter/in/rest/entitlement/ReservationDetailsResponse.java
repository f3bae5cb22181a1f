package org.partnercommerce.adapter.in.rest.entitlement;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.entitlement.Reservation;
import org.partnercommerce.domain.entitlement.ReservationDetails;

/** Partner Center's ReservedInstanceArtifactDetails: a reservation order's reservations. */
public record ReservationDetailsResponse(String type, List<ReservationResponse> reservations, ResourceAttributes attributes) {

    public record ReservationResponse(
            String reservationId,
            @Schema(description = "Shared or Single") String scopeType,
            String displayName,
            @Schema(description = "The Azure subscriptions it applies to, when its scope is Single") List<String> appliedScopes,
            int quantity,
            Instant expiryDateTime,
            Instant effectiveDateTime,
            String provisioningState) {

        static ReservationResponse from(Reservation reservation) {
            return new ReservationResponse(reservation.reservationId(), reservation.scopeType(), reservation.displayName(),
                    reservation.appliedScopes().isEmpty() ? null : reservation.appliedScopes(), reservation.quantity(),
                    reservation.expiryDateTime().orElse(null), reservation.effectiveDateTime().orElse(null),
                    reservation.provisioningState());
        }
    }

    static ReservationDetailsResponse from(ReservationDetails details) {
        return new ReservationDetailsResponse(details.type(), details.reservations().stream().map(ReservationResponse::from).toList(),
                ResourceAttributes.of("ReservedInstanceArtifactDetails"));
    }
}
