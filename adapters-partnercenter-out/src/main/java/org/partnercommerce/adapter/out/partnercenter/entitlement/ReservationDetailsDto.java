package org.partnercommerce.adapter.out.partnercenter.entitlement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.entitlement.Reservation;
import org.partnercommerce.domain.entitlement.ReservationDetails;
import org.partnercommerce.domain.entitlement.ReservationOrderId;

/**
 * What a reservation entitlement's artifact link answers (ReservedInstanceArtifactDetails):
 * {@code {"type": "reservedinstance", "reservations": [...]}}. Partner Center's older sample names
 * the list {@code virtualMachineReservations}; either is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReservationDetailsDto(String type, List<ReservationDto> reservations, List<ReservationDto> virtualMachineReservations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReservationDto(String reservationId, String scopeType, String displayName, List<String> appliedScopes,
                                 Integer quantity, String expiryDateTime, String effectiveDateTime, String provisioningState) {

        Reservation toDomain() {
            return new Reservation(Wire.orEmpty(reservationId), Wire.orEmpty(scopeType), Wire.orEmpty(displayName),
                    Wire.strings(appliedScopes), quantity == null ? 0 : quantity, Optional.ofNullable(Wire.instant(expiryDateTime)),
                    Optional.ofNullable(Wire.instant(effectiveDateTime)), Wire.orEmpty(provisioningState));
        }
    }

    public ReservationDetails toDomain(ReservationOrderId reservationOrder) {
        List<ReservationDto> listed = reservations != null ? reservations : Wire.list(virtualMachineReservations);
        return new ReservationDetails(reservationOrder, Wire.orEmpty(type),
                Wire.list(listed).stream().map(ReservationDto::toDomain).toList());
    }
}
