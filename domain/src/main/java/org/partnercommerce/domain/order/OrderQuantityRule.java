package org.partnercommerce.domain.order;

import java.util.List;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/** The quantity stays within the offer's minimum and maximum ({@code 800017}). */
final class OrderQuantityRule implements OrderRule.OfEachLine {

    @Override
    public List<OrderRuleViolation> check(OrderLineUnderCheck line) {
        return line.item().flatMap(item -> item.quantityOutOfLimits(line.line().quantity()))
                .<List<OrderRuleViolation>>map(reason -> List.of(new OrderRuleViolation.QuantityNotAvailable(line.position(),
                        line.title() + " " + reason)))
                .orElse(List.of());
    }
}
