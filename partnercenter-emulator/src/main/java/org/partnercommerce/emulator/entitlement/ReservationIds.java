package org.partnercommerce.emulator.entitlement;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The ids Azure gives a bought reservation: its reservation order (the entitlement's artifact
 * resource) and the reservation within it. Derived from the order id and line number by name-based
 * GUIDs, so that they are the same on every read and across restarts without being stored.
 */
public final class ReservationIds {

    private ReservationIds() {
    }

    public static String reservationOrderId(String orderId, int lineItemNumber) {
        return guid("reservation-order:" + orderId.toLowerCase(Locale.ROOT) + ":" + lineItemNumber);
    }

    public static String reservationId(String reservationOrderId) {
        return guid("reservation:" + reservationOrderId.toLowerCase(Locale.ROOT));
    }

    private static String guid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
