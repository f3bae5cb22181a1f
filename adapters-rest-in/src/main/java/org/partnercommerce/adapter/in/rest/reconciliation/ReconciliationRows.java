package org.partnercommerce.adapter.in.rest.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceLineItem;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.reconciliation.ReconciledLine;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;
import org.partnercommerce.domain.reconciliation.Tally;
import org.partnercommerce.domain.reconciliation.Verdict;

/** The shapes of a reconciliation's parts, as the JSON and the CSV write them. */
final class ReconciliationRows {

    private ReconciliationRows() {
    }

    /** The invoice reconciled. */
    record InvoiceRef(String id, Instant billingPeriodStartDate, Instant billingPeriodEndDate, BigDecimal totalCharges,
                      String currencyCode) {

        static InvoiceRef of(Invoice invoice) {
            return new InvoiceRef(invoice.id().value(), invoice.billingPeriodStartDate().orElse(null),
                    invoice.billingPeriodEndDate().orElse(null), invoice.totalCharges(), invoice.currencyCode());
        }
    }

    /** One invoice line and its verdict. */
    record LineRow(String customerId, String resellerMpnId, String orderId, String subscriptionId, String productId, String skuId,
                   String availabilityId, String chargeType, Instant chargeStartDate, Instant chargeEndDate, int quantity,
                   BigDecimal unitPrice, BigDecimal totalForCustomer,
                   @Schema(description = "matched, not-ordered-through-us, quantity-differs, price-differs or credited") String verdict,
                   @Schema(description = "What the invoice says, where it differs from the order") String invoiced,
                   @Schema(description = "What the order says, where it differs from the invoice") String ordered,
                   @Schema(description = "The order line matched") Integer orderLineItemNumber) {
    }

    /** An order of the period no line charges. */
    record OrderRow(String orderId, String customerId, Instant creationDate, String billingCycle, BigDecimal totalPrice,
                    String currencyCode, String verdict) {
    }

    /** The totals of one customer or reseller. */
    record TotalRow(String id, int lines, BigDecimal invoiced, BigDecimal matched, Map<String, Integer> verdicts, int ordersNotCharged) {

        static TotalRow of(String id, Tally tally) {
            return new TotalRow(id, tally.lines(), tally.invoiced(), tally.matched(), tally.verdicts(), tally.ordersNotCharged());
        }
    }

    static Object of(ReconciliationRow row) {
        return switch (row) {
            case ReconciliationRow.Line line -> line(line.reconciled());
            case ReconciliationRow.OrderNotCharged notCharged -> order(notCharged.order());
            case ReconciliationRow.Total total -> TotalRow.of(total.id(), total.tally());
        };
    }

    static LineRow line(ReconciledLine reconciled) {
        InvoiceLineItem line = reconciled.line();
        String invoiced = null;
        String ordered = null;
        switch (reconciled.verdict()) {
            case Verdict.QuantityDiffers quantity -> {
                invoiced = Integer.toString(quantity.invoiced());
                ordered = Integer.toString(quantity.ordered());
            }
            case Verdict.PriceDiffers price -> {
                invoiced = price.invoiced().toPlainString();
                ordered = price.ordered().toPlainString();
            }
            case Verdict.Matched matched -> { }
            case Verdict.NotOrderedThroughUs notOurs -> { }
            case Verdict.Credited credited -> { }
        }
        return new LineRow(line.customerId(), line.resellerMpnId().orElse(null), line.orderId().orElse(null),
                line.subscriptionId().orElse(null), line.productId(), line.skuId(), line.availabilityId(), line.chargeType(),
                line.chargeStartDate().orElse(null), line.chargeEndDate().orElse(null), line.quantity(), line.unitPrice(),
                line.totalForCustomer(), reconciled.verdict().code(), invoiced, ordered,
                reconciled.orderLineItemNumber().isPresent() ? reconciled.orderLineItemNumber().getAsInt() : null);
    }

    static OrderRow order(Order order) {
        return new OrderRow(order.id().value(), order.referenceCustomerId().value(), order.creationDate(), order.billingCycle().wireName(),
                order.totalPrice().map(money -> money.amount()).orElse(null),
                order.currency().map(currency -> currency.value()).orElse(null), "not-charged");
    }
}
