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
        if (!isSequence(numbers)) {
            throw new OrderRuleViolation.LineItemNumbersOutOfSequence(numbers.size(), numbers.toString());
        }
    }

    /** Whether the numbers, in any order, are exactly 0..count-1: none missing, none repeated. */
    static boolean isSequence(List<Integer> numbers) {
        return numbers.stream().sorted().toList().equals(IntStream.range(0, numbers.size()).boxed().toList());
    }
}
