package org.partnercommerce.domain.entitlement;

import java.util.List;
import java.util.Objects;

/** A reservation order's reservations, read from its entitlement's artifact link each time. */
public record ReservationDetails(ReservationOrderId reservationOrderId, String type, List<Reservation> reservations) {

    public ReservationDetails {
        Objects.requireNonNull(reservationOrderId, "reservationOrderId");
        Objects.requireNonNull(type, "type");
        reservations = reservations == null ? List.of() : List.copyOf(reservations);
    }
}
