package org.partnercommerce.emulator.cart;

import java.util.List;

/** A create or update cart request, read and typed: its lines in line-id order. */
public record RequestedCart(Boolean partnerOnRecordAttestationAccepted, List<RequestedLine> lines) {

    public RequestedCart {
        lines = List.copyOf(lines);
    }
}
