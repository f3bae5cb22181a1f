package org.partnercommerce.domain.reconciliation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.partnercommerce.domain.invoice.InvoiceLineItem;
import org.partnercommerce.domain.order.OrderId;

/**
 * An invoice line and its verdict, with the order and order line it was matched to when there is one.
 *
 * @param orderLineItemNumber the matched order line's number
 */
public record ReconciledLine(InvoiceLineItem line, Verdict verdict, Optional<OrderId> orderId, OptionalInt orderLineItemNumber) {

    public ReconciledLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(verdict, "verdict");
        orderId = Objects.requireNonNullElse(orderId, Optional.empty());
        orderLineItemNumber = Objects.requireNonNullElse(orderLineItemNumber, OptionalInt.empty());
    }
}
