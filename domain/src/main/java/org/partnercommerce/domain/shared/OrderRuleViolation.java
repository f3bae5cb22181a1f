package org.partnercommerce.domain.shared;

import java.util.List;

/**
 * An order request that breaks the documented rules of "create an order" (the direct
 * order of the indirect-reseller page).
 */
public abstract sealed class OrderRuleViolation extends DomainViolation {

    private OrderRuleViolation(String code, String message) {
        super(code, message);
    }

    /** {@code 800002}: the order names no reference customer. */
    public static final class ReferenceCustomerMissing extends OrderRuleViolation {
        public ReferenceCustomerMissing() {
            super("800002", "An order names its reference customer (referenceCustomerId).");
        }
    }

    /** {@code 800002}: the order has no line item. */
    public static final class NoLineItems extends OrderRuleViolation {
        public NoLineItems() {
            super("800002", "An order has at least one line item.");
        }
    }

    /** {@code 800071}: the line item numbers are not exactly 0..count-1. */
    public static final class LineItemNumbersOutOfSequence extends OrderRuleViolation {
        public LineItemNumbersOutOfSequence(List<Integer> numbers) {
            super("800071", "Line item numbers must run 0.." + (numbers.size() - 1) + " with none missing or repeated; got "
                    + numbers + ".");
        }
    }

    /** {@code 800016}: the partner on record is not an indirect reseller of the customer. */
    public static final class NotAnIndirectReseller extends OrderRuleViolation {
        public NotAnIndirectReseller(int lineItemNumber, String partnerId) {
            super("800016", "Line item " + lineItemNumber + ": " + partnerId
                    + " is not an indirect reseller of this customer.");
        }
    }

    /** {@code 2072}: the partner named itself as partner on record. */
    public static final class OwnPartnerIdOnRecord extends OrderRuleViolation {
        public OwnPartnerIdOnRecord(int lineItemNumber, String partnerId) {
            super("2072", "Line item " + lineItemNumber + ": the partner on record is the indirect reseller's PartnerId, never "
                    + "the partner's own (" + partnerId + ").");
        }
    }
}
