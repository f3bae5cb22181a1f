package org.partnercommerce.emulator.control;

/** A control API request that makes no sense: 400 {@code {"error": "..."}}. */
public final class ControlRequestRejected extends RuntimeException {

    public ControlRequestRejected(String message) {
        super(message);
    }
}
