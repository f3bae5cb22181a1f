package org.partnercommerce.application.port.in.entitlement;

import java.util.Objects;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.entitlement.ReservationOrderId;

/** The details of one of a customer's reservation orders, and who asks. */
public record ReservationQuery(Caller caller, CustomerId customerId, ReservationOrderId reservationOrderId) {

    public ReservationQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(reservationOrderId, "reservationOrderId");
    }
}
