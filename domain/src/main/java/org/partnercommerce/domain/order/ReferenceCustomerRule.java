package org.partnercommerce.domain.order;

import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/** The order names its reference customer, and it is the customer the order is placed for ({@code 800002}). */
final class ReferenceCustomerRule implements OrderRule {

    @Override
    public List<OrderRuleViolation> check(OrderUnderCheck order) {
        CustomerId placedFor = order.order().customerId();
        Optional<CustomerId> named = order.order().referenceCustomerId();
        if (named.isEmpty()) {
            return List.of(new OrderRuleViolation.ReferenceCustomerNotValid("An order names its reference customer "
                    + "(referenceCustomerId): the customer it is placed for, " + placedFor + "."));
        }
        if (!named.get().equals(placedFor)) {
            return List.of(new OrderRuleViolation.ReferenceCustomerNotValid("referenceCustomerId " + named.get()
                    + " is not the customer the order is placed for, " + placedFor + "."));
        }
        return List.of();
    }
}
