package org.partnercommerce.domain.shared;

import java.util.Comparator;
import java.util.List;

/**
 * A cart refused before anything was sent to Partner Center: every problem of every line,
 * in line order, so that one answer lists them all. The code is Partner Center's
 * {@code 800009} (error in cart items); each problem carries its own line id and code.
 */
public final class CartRejected extends DomainViolation {

    public static final String CODE = "800009";

    private final List<CartRuleViolation> problems;

    public CartRejected(List<CartRuleViolation> problems) {
        super(CODE, describe(problems));
        this.problems = problems.stream().sorted(Comparator.comparingInt(CartRuleViolation::lineId)).toList();
    }

    /** Every broken rule, in line order. */
    public List<CartRuleViolation> problems() {
        return problems;
    }

    /** The broken rules of one line. */
    public List<CartRuleViolation> problemsOfLine(int lineId) {
        return problems.stream().filter(problem -> problem.lineId() == lineId).toList();
    }

    private static String describe(List<CartRuleViolation> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("A rejected cart has at least one problem");
        }
        long lines = problems.stream().mapToInt(CartRuleViolation::lineId).distinct().count();
        return "The cart breaks " + problems.size() + (problems.size() == 1 ? " rule" : " rules")
                + " on " + lines + (lines == 1 ? " line" : " lines") + ".";
    }
}
