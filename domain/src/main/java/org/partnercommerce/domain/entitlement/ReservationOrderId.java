package org.partnercommerce.domain.entitlement;

import org.partnercommerce.domain.shared.Guid;

/** The id of an Azure reservation order, a GUID: what a reservation's entitlement names as its artifact's resource. */
public record ReservationOrderId(String value) {

    public ReservationOrderId {
        value = Guid.parse("reservationOrderId", value);
    }

    public static ReservationOrderId of(String value) {
        return new ReservationOrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
