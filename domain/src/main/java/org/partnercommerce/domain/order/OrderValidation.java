package org.partnercommerce.domain.order;

import java.util.List;
import org.partnercommerce.domain.shared.OrderRejected;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/** The outcome of holding a direct order against the catalog and the purchase: ready to send, or every problem. */
public sealed interface OrderValidation permits OrderValidation.Valid, OrderValidation.Invalid {

    /** The validated order, or an {@link OrderRejected} carrying every problem. */
    ValidatedOrder orElseThrow();

    /** No rule is broken. */
    record Valid(ValidatedOrder order) implements OrderValidation {
        @Override
        public ValidatedOrder orElseThrow() {
            return order;
        }
    }

    /** Every broken rule of the order and of its lines: the order's first, then line by line. */
    record Invalid(List<OrderRuleViolation> problems) implements OrderValidation {
        public Invalid {
            if (problems == null || problems.isEmpty()) {
                throw new IllegalArgumentException("An invalid order has at least one problem");
            }
            problems = problems.stream().sorted(OrderRuleViolation.orderFirstThenByLine()).toList();
        }

        @Override
        public ValidatedOrder orElseThrow() {
            throw new OrderRejected(problems);
        }
    }
}
