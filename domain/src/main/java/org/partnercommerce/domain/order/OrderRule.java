package org.partnercommerce.domain.order;

import java.util.List;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/** One documented rule of a direct order: every way the order breaks it, or nothing. */
interface OrderRule {

    List<OrderRuleViolation> check(OrderUnderCheck order);

    /** A rule of each line on its own. */
    interface OfEachLine extends OrderRule {

        List<OrderRuleViolation> check(OrderLineUnderCheck line);

        @Override
        default List<OrderRuleViolation> check(OrderUnderCheck order) {
            return order.lines().stream().flatMap(line -> check(line).stream()).toList();
        }
    }
}
