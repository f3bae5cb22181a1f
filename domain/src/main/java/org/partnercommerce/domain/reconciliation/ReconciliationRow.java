package org.partnercommerce.domain.reconciliation;

import java.util.Objects;
import org.partnercommerce.domain.order.Order;

/**
 * What reconciling an invoice answers, row by row, in this order: every line of the invoice with
 * its verdict, then every order of the billing period that no line charges, then the totals per
 * customer and per reseller.
 */
public sealed interface ReconciliationRow {

    /** An invoice line and its verdict. */
    record Line(ReconciledLine reconciled) implements ReconciliationRow {
        public Line {
            Objects.requireNonNull(reconciled, "reconciled");
        }
    }

    /** An order this service placed in the billing period that no line of the invoice charges. */
    record OrderNotCharged(Order order) implements ReconciliationRow {
        public OrderNotCharged {
            Objects.requireNonNull(order, "order");
        }
    }

    /** What the lines and orders of one customer ({@code customer}) or reseller ({@code reseller}) add up to. */
    record Total(String scope, String id, Tally tally) implements ReconciliationRow {

        public static final String CUSTOMER = "customer";
        public static final String RESELLER = "reseller";

        public Total {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tally, "tally");
        }
    }
}
