package org.partnercommerce.application.port.in.order;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.OrderCursor;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * @param billingType the billing cycle type to list (one-time purchases apart from monthly ones), or every order
 * @param after       the last order of the previous page, or empty for the first page
 * @param size        how many orders a page holds, 1 to {@value #MAXIMUM_SIZE}
 */
public record ListOrdersQuery(Caller caller, CustomerId customerId, Optional<BillingType> billingType, Optional<OrderCursor> after,
                              int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAXIMUM_SIZE = 500;

    public ListOrdersQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        billingType = Objects.requireNonNullElse(billingType, Optional.empty());
        after = Objects.requireNonNullElse(after, Optional.empty());
        if (size < 1 || size > MAXIMUM_SIZE) {
            throw new InvalidValue("size", "A page holds 1 to " + MAXIMUM_SIZE + " orders; " + size + " was asked.");
        }
    }

    /** Every order of the customer, a page at a time. */
    public ListOrdersQuery(Caller caller, CustomerId customerId, Optional<OrderCursor> after, int size) {
        this(caller, customerId, Optional.empty(), after, size);
    }
}
