package org.partnercommerce.emulator.http;

/** The request body cannot be read as what the handler expects (not JSON, not a form, too large, ...). */
public final class UnreadableBody extends RuntimeException {

    public UnreadableBody(String message) {
        super(message);
    }

    public UnreadableBody(String message, Throwable cause) {
        super(message, cause);
    }
}
