package org.partnercommerce.domain.shared;

import java.util.List;

/**
 * A direct order refused before anything was sent to Partner Center: every problem of the
 * order and of each of its lines, the order's own first, then line by line, so that one answer
 * lists them all. The code is Partner Center's {@code 800002} (invalid request input); each
 * problem carries its own.
 */
public final class OrderRejected extends DomainViolation {

    public static final String CODE = "800002";

    private final List<OrderRuleViolation> problems;

    public OrderRejected(List<OrderRuleViolation> problems) {
        super(CODE, describe(problems));
        this.problems = problems.stream().sorted(OrderRuleViolation.orderFirstThenByLine()).toList();
    }

    /** Every broken rule: the order's, then the lines' in line order. */
    public List<OrderRuleViolation> problems() {
        return problems;
    }

    private static String describe(List<OrderRuleViolation> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("A rejected order has at least one problem");
        }
        return "The order breaks " + problems.size() + (problems.size() == 1 ? " rule." : " rules.");
    }
}
