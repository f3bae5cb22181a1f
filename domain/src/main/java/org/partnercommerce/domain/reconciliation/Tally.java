package org.partnercommerce.domain.reconciliation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the lines of one customer or reseller add up to: how many lines, the total invoiced, how
 * much of it matched an order, and how many lines had each verdict; and how many of its orders of
 * the period no line charges.
 */
public record Tally(int lines, BigDecimal invoiced, BigDecimal matched, Map<String, Integer> verdicts, int ordersNotCharged) {

    public static final Tally NONE = new Tally(0, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), 0);

    public Tally {
        verdicts = Map.copyOf(verdicts);
    }

    public Tally with(ReconciledLine line) {
        Map<String, Integer> counted = new TreeMap<>(verdicts);
        counted.merge(line.verdict().code(), 1, Integer::sum);
        BigDecimal charged = line.line().totalForCustomer();
        return new Tally(lines + 1, invoiced.add(charged),
                line.verdict() instanceof Verdict.Matched ? matched.add(charged) : matched, counted, ordersNotCharged);
    }

    public Tally withOrderNotCharged() {
        return new Tally(lines, invoiced, matched, verdicts, ordersNotCharged + 1);
    }
}
