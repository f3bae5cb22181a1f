package org.partnercommerce.domain.order;

import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/**
 * The line item numbers run exactly 0..count-1, each once ({@code 800071}); or no line carries
 * one, and the lines are numbered in the order they were sent.
 */
final class LineItemNumberRule implements OrderRule {

    @Override
    public List<OrderRuleViolation> check(OrderUnderCheck order) {
        List<Optional<Integer>> numbers = order.order().lineItems().stream().map(NewOrderLine::lineItemNumber).toList();
        if (numbers.stream().allMatch(Optional::isEmpty)) {
            return List.of();
        }
        if (numbers.stream().allMatch(Optional::isPresent) && LineItemNumbers.isSequence(numbers.stream().map(Optional::get).toList())) {
            return List.of();
        }
        return List.of(new OrderRuleViolation.LineItemNumbersOutOfSequence(numbers.size(),
                numbers.stream().map(number -> number.map(String::valueOf).orElse("none")).toList().toString()));
    }
}
