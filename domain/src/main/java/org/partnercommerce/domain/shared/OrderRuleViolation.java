package org.partnercommerce.domain.shared;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule of a direct order request (the "create an order" request of the
 * indirect-reseller page): of the whole order, or of one of its lines, with Partner Center's
 * code and a sentence that says what is wrong.
 *
 * <p>Pre-flight validation checks the whole request against every rule and collects these (see
 * {@link OrderRejected}); only {@link NoLineItems}, a request with nothing to check, is thrown alone.
 */
public abstract sealed class OrderRuleViolation extends DomainViolation {

    private final Optional<Integer> line;
    private final String field;

    private OrderRuleViolation(String code, Optional<Integer> line, String field, String reason) {
        super(code, reason);
        this.line = Objects.requireNonNull(line, "line");
        if (line.filter(position -> position < 0).isPresent()) {
            throw new IllegalArgumentException("A line's position is 0 or more");
        }
        this.field = Objects.requireNonNull(field, "field");
    }

    /** Problems in the order an answer lists them: the whole order's first, then line by line. */
    public static Comparator<OrderRuleViolation> orderFirstThenByLine() {
        return Comparator.comparing(problem -> problem.line().orElse(-1));
    }

    /** The position (from 0) in the request's {@code lineItems} of the line that breaks the rule; empty for the whole order. */
    public Optional<Integer> line() {
        return line;
    }

    /** The property at fault, as the caller sends it ({@code referenceCustomerId}, {@code offerId}, ...). */
    public String field() {
        return field;
    }

    /** The sentence that says what is wrong, safe to show. */
    public String reason() {
        return getMessage();
    }

    @Override
    public String toString() {
        return line.map(position -> "line " + position + ": ").orElse("order: ") + code() + " " + reason();
    }

    /** {@code 800002}: the order has no line item; there is nothing else to check. */
    public static final class NoLineItems extends OrderRuleViolation {
        public NoLineItems() {
            super("800002", Optional.empty(), "lineItems", "An order has at least one line item.");
        }
    }

    /** {@code 800002}: the order names no reference customer, or another than the one it is placed for. */
    public static final class ReferenceCustomerNotValid extends OrderRuleViolation {
        public ReferenceCustomerNotValid(String reason) {
            super("800002", Optional.empty(), "referenceCustomerId", reason);
        }
    }

    /** {@code 800071}: the line item numbers are not exactly 0..count-1. */
    public static final class LineItemNumbersOutOfSequence extends OrderRuleViolation {
        /** @param given the numbers as the lines carry them, in words */
        public LineItemNumbersOutOfSequence(int lines, String given) {
            super("800071", Optional.empty(), "lineItemNumber", "Line item numbers run 0.." + (lines - 1)
                    + ", each once, or are left out on every line; got " + given + ".");
        }
    }

    /** {@code 800004}: the offer id names nothing sold in the customer's country. */
    public static final class OfferNotValid extends OrderRuleViolation {
        public OfferNotValid(int line, String reason) {
            super("800004", Optional.of(line), "offerId", reason);
        }
    }

    /** {@code 800020}: the catalog says the offer cannot be bought. */
    public static final class OfferNotEligibleForPurchase extends OrderRuleViolation {
        public OfferNotEligibleForPurchase(int line, String reason) {
            super("800020", Optional.of(line), "offerId", reason);
        }
    }

    /** {@code 800017}: the quantity is outside the offer's minimum and maximum. */
    public static final class QuantityNotAvailable extends OrderRuleViolation {
        public QuantityNotAvailable(int line, String reason) {
            super("800017", Optional.of(line), "quantity", reason);
        }
    }

    /** {@code 10013}: the order's billing cycle is not one the offer is sold on. */
    public static final class BillingCycleNotSupported extends OrderRuleViolation {
        public BillingCycleNotSupported(int line, String reason) {
            super("10013", Optional.of(line), "billingCycle", reason);
        }
    }

    /** {@code 800016}: the partner on record is not an active indirect reseller of the customer. */
    public static final class NotAnIndirectReseller extends OrderRuleViolation {
        public NotAnIndirectReseller(int line, String reason) {
            super("800016", Optional.of(line), "partnerIdOnRecord", reason);
        }
    }

    /** {@code 2072}: the partner named itself as partner on record. */
    public static final class OwnPartnerIdOnRecord extends OrderRuleViolation {
        public OwnPartnerIdOnRecord(int line, String reason) {
            super("2072", Optional.of(line), "partnerIdOnRecord", reason);
        }
    }
}
