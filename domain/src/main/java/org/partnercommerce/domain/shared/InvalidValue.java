package org.partnercommerce.domain.shared;

/**
 * A value that is not well formed: an id that is not a GUID, a country that is not an
 * ISO 3166 code, a billing cycle Partner Center does not know. Partner Center answers such
 * input with {@code 3000} (invalid property), and so do we.
 */
public final class InvalidValue extends DomainViolation {

    public static final String CODE = "3000";

    private final String field;

    public InvalidValue(String field, String message) {
        super(CODE, message);
        this.field = field;
    }

    /** The name of the value, as the caller knows it ({@code country}, {@code billingCycle}, ...). */
    public String field() {
        return field;
    }
}
