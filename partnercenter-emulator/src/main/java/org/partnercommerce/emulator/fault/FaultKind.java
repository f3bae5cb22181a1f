package org.partnercommerce.emulator.fault;

import org.partnercommerce.emulator.wire.WireNames;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an armed fault does to a matching call. */
public enum FaultKind {
    /** Answers the status (429 as Partner Center throttles, others as an ApiFault) without doing the work. */
    STATUS("status"),
    /** Waits, then does the call normally. */
    LATENCY("latency"),
    /** Does the work, then closes the connection without answering. */
    DROP_RESPONSE("drop-response"),
    /**
     * Not an HTTP fault: at a checkout, the order group holding a line of the fault's catalog
     * item fails (an {@code orderErrors} entry) while the other groups are ordered; a checkout of
     * the cart again re-attempts it.
     */
    ORDER_GROUP_FAILURE("order-group-failure");

    private final String wire;

    FaultKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<FaultKind> parse(String value) {
        return WireNames.parse(FaultKind.class, value, FaultKind::wire);
    }

    public static List<String> wireValues() {
        return Arrays.stream(values()).map(FaultKind::wire).toList();
    }
}
