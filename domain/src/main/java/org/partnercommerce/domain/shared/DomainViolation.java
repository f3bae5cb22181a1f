package org.partnercommerce.domain.shared;

/**
 * A value or request that the domain refuses. Each violation carries a stable code — the
 * Partner Center code where one exists — and a sentence safe to show to the caller.
 *
 * <p>The hierarchy is sealed so that the edge that turns violations into responses must
 * decide for every kind of violation, and a new one cannot be added without it.
 */
public abstract sealed class DomainViolation extends RuntimeException
        permits InvalidValue {

    private final String code;

    protected DomainViolation(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The stable code: a Partner Center code such as {@code 10001}, or one of ours. */
    public String code() {
        return code;
    }
}
