package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.wire.WireNames;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The key of a cart line participant, as the .NET SDK serializes it (reference §0.6). */
public enum ParticipantType {
    TRANSACTION_RESELLER("transaction_reseller"),
    ADDITIONAL_TRANSACTION_RESELLER("additional_transaction_reseller"),
    CONSUMPTION_RESELLER("consumption_reseller");

    private final String wire;

    ParticipantType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ParticipantType> parse(String value) {
        return WireNames.parse(ParticipantType.class, value, ParticipantType::wire);
    }

    public static List<String> wireValues() {
        return Arrays.stream(values()).map(ParticipantType::wire).toList();
    }
}
