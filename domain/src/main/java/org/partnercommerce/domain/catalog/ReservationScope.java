package org.partnercommerce.domain.catalog;

import org.partnercommerce.domain.shared.WireEnum;

/** Asks for the Azure reservations bought under an Azure plan. */
public enum ReservationScope implements WireEnum.Named {
    AZURE_PLAN("AzurePlan");

    private final String wireName;

    ReservationScope(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static ReservationScope parse(String value) {
        return WireEnum.parse(ReservationScope.class, "reservationScope", value);
    }
}
