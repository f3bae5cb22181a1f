package org.partnercommerce.domain.order;

import java.util.List;
import java.util.stream.IntStream;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/** The rule that an order's line item numbers run exactly 0..count-1 ({@code 800071}). */
final class LineItemNumbers {

    private LineItemNumbers() {
    }

    static void requireSequence(List<Integer> numbers) {
        if (numbers.isEmpty()) {
            throw new OrderRuleViolation.NoLineItems();
        }
        List<Integer> sorted = numbers.stream().sorted().toList();
        if (!sorted.equals(IntStream.range(0, numbers.size()).boxed().toList())) {
            throw new OrderRuleViolation.LineItemNumbersOutOfSequence(numbers);
        }
    }
}
