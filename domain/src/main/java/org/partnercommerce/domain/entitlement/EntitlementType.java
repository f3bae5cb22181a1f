package org.partnercommerce.domain.entitlement;

import java.util.Arrays;
import java.util.Locale;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * The kinds of entitlement a customer's entitlements may be filtered by
 * ({@code GET /customers/{c}/entitlements?entitlementType=}): software and Azure reservations. The
 * older name {@code virtualMachineReservedInstance} is read as a reservation, as Partner Center
 * asks callers still using it to move to {@code reservedInstance}.
 */
public enum EntitlementType {

    SOFTWARE("software"),
    RESERVED_INSTANCE("reservedInstance");

    private final String value;

    EntitlementType(String value) {
        this.value = value;
    }

    /** As Partner Center's query writes it. */
    public String value() {
        return value;
    }

    /** Whether Partner Center's {@code entitlementType} of an entitlement, in any case, is this kind. */
    public boolean describes(String entitlementType) {
        return entitlementType != null && value.equalsIgnoreCase(entitlementType);
    }

    /** In any case; an unknown kind is an {@link InvalidValue} naming the ones there are. */
    public static EntitlementType parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("virtualmachinereservedinstance")) {
            return RESERVED_INSTANCE;
        }
        return Arrays.stream(values()).filter(type -> type.value.toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidValue("entitlementType", "'" + text + "' is not an entitlement type: software or "
                        + "reservedInstance."));
    }
}
