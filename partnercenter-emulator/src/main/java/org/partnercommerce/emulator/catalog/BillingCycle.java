package org.partnercommerce.emulator.catalog;

import org.partnercommerce.emulator.wire.WireNames;

import java.util.Optional;

/** BillingCycleType with its exact wire values (reference §1.9). */
public enum BillingCycle {
    UNKNOWN("unknown"),
    MONTHLY("monthly"),
    ANNUAL("annual"),
    NONE("none"),
    ONE_TIME("one_time"),
    TRIENNIAL("triennial"),
    BIENNIAL("biennial");

    private final String wire;

    BillingCycle(String wire) {
        this.wire = wire;
    }

    /** The value in resources and request bodies: {@code one_time}. */
    public String wire() {
        return wire;
    }

    /**
     * The value as {@code AvailabilityTerm.billingCycle} carries it, a PascalCase string
     * ({@code Monthly}, {@code OneTime}) as real responses show it.
     */
    public String termWire() {
        StringBuilder pascal = new StringBuilder();
        for (String word : wire.split("_")) {
            pascal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return pascal.toString();
    }

    /** Any case, with or without underscores. */
    public static Optional<BillingCycle> parse(String value) {
        return WireNames.parse(BillingCycle.class, value, BillingCycle::wire);
    }
}
