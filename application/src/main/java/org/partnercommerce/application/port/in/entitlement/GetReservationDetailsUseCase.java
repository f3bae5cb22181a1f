package org.partnercommerce.application.port.in.entitlement;

import org.partnercommerce.domain.entitlement.ReservationDetails;

/** A reservation order's reservations (scope, quantity, dates, state), found through the customer's entitlements. */
public interface GetReservationDetailsUseCase {

    ReservationDetails get(ReservationQuery query);
}
