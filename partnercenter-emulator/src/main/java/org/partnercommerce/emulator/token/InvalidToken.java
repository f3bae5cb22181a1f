package org.partnercommerce.emulator.token;

/** A bearer token this emulator does not accept; the message says why. */
public final class InvalidToken extends RuntimeException {

    public InvalidToken(String reason) {
        super(reason);
    }
}
