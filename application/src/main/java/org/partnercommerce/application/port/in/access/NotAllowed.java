package org.partnercommerce.application.port.in.access;

/**
 * The caller may see what it asks about, but not do this with it: a reader buying, a reseller
 * naming another partner on record. {@link #code()} is Partner Center's for a role without the
 * right ({@code 900150}).
 */
public final class NotAllowed extends RuntimeException {

    public static final String CODE = "900150";

    public NotAllowed(String message) {
        super(message, null, false, false);
    }

    public String code() {
        return CODE;
    }
}
