package org.partnercommerce.emulator.cart;

/** A cart is {@code Active} until it is checked out, then {@code Ordered}. */
public enum CartStatus {
    ACTIVE("Active"),
    ORDERED("Ordered");

    private final String wire;

    CartStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
