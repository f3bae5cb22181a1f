package org.partnercommerce.domain.shared;

/**
 * A value or request that the domain refuses. Each violation carries a stable code — the
 * Partner Center code where one exists — and a sentence safe to show to the caller.
 *
 * <p>The hierarchy is sealed so that the edge that turns violations into responses must
 * decide for every kind of violation, and a new one cannot be added without it. Every
 * kind lives in this package: outside a named module, a sealed class may only permit
 * subclasses of its own package (JLS 8.1.6).
 *
 * <ul>
 *   <li>{@link InvalidValue}: a value that is not well formed ({@code 3000});</li>
 *   <li>{@link CartRuleViolation}: one broken rule on one cart line (Partner Center's cart error codes);</li>
 *   <li>{@link CartRejected}: a cart refused for every problem of every line;</li>
 *   <li>{@link CartStateViolation}: a verb the cart cannot do in its state (expired, ordered, checkout pending);</li>
 *   <li>{@link OrderRuleViolation}: one broken rule of a direct order request (of the order, or of one line);</li>
 *   <li>{@link OrderRejected}: a direct order refused for every problem of the order and its lines;</li>
 *   <li>{@link PurchaseCapExceeded}: a purchase over a cap the partner configured.</li>
 * </ul>
 */
public abstract sealed class DomainViolation extends RuntimeException
        permits InvalidValue, CartRuleViolation, CartRejected, CartStateViolation, OrderRuleViolation, OrderRejected,
        PurchaseCapExceeded {

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
