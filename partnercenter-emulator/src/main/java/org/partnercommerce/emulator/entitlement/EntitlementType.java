package org.partnercommerce.emulator.entitlement;

import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.util.List;
import java.util.Locale;

/** EntitlementType: what an entitlement grants, with its wire value. */
public enum EntitlementType {
    SOFTWARE("software"),
    RESERVED_INSTANCE("reservedinstance");

    private final String wire;

    EntitlementType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /**
     * {@code software} or {@code reservedInstance} in any case; {@code virtualMachineReservedInstance},
     * the documentation's older name, reads as {@code reservedInstance}. Anything else is 400/900126.
     */
    public static EntitlementType parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "software" -> SOFTWARE;
            case "reservedinstance", "virtualmachinereservedinstance" -> RESERVED_INSTANCE;
            default -> throw PartnerCenterFault.unparsableEnum("entitlementType", value, List.of("software", "reservedInstance"));
        };
    }
}
