package org.partnercommerce.application.port.in.access;

/**
 * What the caller asked for does not exist — or the caller may not see it, which it is not
 * told apart from not existing. {@link #code()} is Partner Center's code for the kind of
 * thing ({@code 1000} a customer, {@code 800008} a cart, {@code 20000} an order or its line, {@code 1000} also a subscription or reservation order).
 */
public final class NotFound extends RuntimeException {

    private final String code;
    private final boolean beyondScope;

    private NotFound(String code, String message) {
        this(code, message, false);
    }

    private NotFound(String code, String message, boolean beyondScope) {
        super(message, null, false, false);
        this.code = code;
        this.beyondScope = beyondScope;
    }

    public static NotFound customer(Object customerId) {
        return new NotFound("1000", "Customer " + customerId + " was not found.");
    }

    /** A customer that exists but is not the caller's: answered exactly as one that does not exist. */
    public static NotFound customerBeyondScope(Object customerId) {
        return new NotFound("1000", "Customer " + customerId + " was not found.", true);
    }

    public static NotFound cart(Object cartId) {
        return new NotFound("800008", "Cart " + cartId + " was not found.");
    }

    public static NotFound order(Object orderId) {
        return new NotFound("20000", "Order " + orderId + " was not found.");
    }

    public static NotFound subscription(Object subscriptionId) {
        return new NotFound("1000", "Subscription " + subscriptionId + " was not found.");
    }

    public static NotFound reservationOrder(Object reservationOrderId) {
        return new NotFound("1000", "Reservation order " + reservationOrderId + " was not found.");
    }

    public static NotFound orderLine(Object orderId, int lineItemNumber) {
        return new NotFound("20000", "Order " + orderId + " has no line " + lineItemNumber + ".");
    }

    public static NotFound invoice(Object invoiceId) {
        return new NotFound("1000", "Invoice " + invoiceId + " was not found.");
    }

    public String code() {
        return code;
    }

    /** Whether the thing exists and the caller may not see it: never told to the caller, only counted. */
    public boolean beyondScope() {
        return beyondScope;
    }
}
