package org.partnercommerce.domain.reconciliation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.partnercommerce.domain.invoice.InvoiceLineItem;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;

/**
 * Judges one invoice line against the order this service kept under the line's order id, in
 * this order:
 * <ol>
 *   <li>a line that gives money back (a cancellation, a credit) is {@code credited};</li>
 *   <li>a line whose order this service did not place, or whose order has no line for what it
 *       charges, is {@code not-ordered-through-us};</li>
 *   <li>a line charging another quantity than its order line bought is {@code quantity-differs};</li>
 *   <li>a line charging another unit price than its order line was priced at (where Partner Center
 *       priced it) is {@code price-differs};</li>
 *   <li>anything else is {@code matched}.</li>
 * </ol>
 * The order line is the one with the line's subscription, else the one that bought the line's
 * catalog item (its product and SKU when the availability differs), of the same quantity first.
 */
public final class InvoiceLineJudge {

    private InvoiceLineJudge() {
    }

    public static ReconciledLine judge(InvoiceLineItem line, Optional<Order> order) {
        Optional<OrderLineItem> orderLine = order.flatMap(kept -> orderLineOf(line, kept));
        Optional<OrderId> orderId = order.map(Order::id);
        OptionalInt number = orderLine.map(found -> OptionalInt.of(found.lineItemNumber())).orElse(OptionalInt.empty());
        if (line.isCredit()) {
            return new ReconciledLine(line, new Verdict.Credited(), orderId, number);
        }
        if (orderLine.isEmpty()) {
            return new ReconciledLine(line, new Verdict.NotOrderedThroughUs(), Optional.empty(), OptionalInt.empty());
        }
        OrderLineItem bought = orderLine.get();
        if (bought.quantity() != line.quantity()) {
            return new ReconciledLine(line, new Verdict.QuantityDiffers(line.quantity(), bought.quantity()), orderId, number);
        }
        Optional<BigDecimal> orderedPrice = bought.pricing().map(pricing -> pricing.price().amount());
        if (orderedPrice.isPresent() && orderedPrice.get().compareTo(line.unitPrice()) != 0) {
            return new ReconciledLine(line, new Verdict.PriceDiffers(line.unitPrice(), orderedPrice.get()), orderId, number);
        }
        return new ReconciledLine(line, new Verdict.Matched(), orderId, number);
    }

    private static Optional<OrderLineItem> orderLineOf(InvoiceLineItem line, Order order) {
        Optional<OrderLineItem> bySubscription = line.subscriptionId().flatMap(subscription -> order.lineItems().stream()
                .filter(orderLine -> orderLine.subscriptionId().filter(id -> id.value().equalsIgnoreCase(subscription)).isPresent())
                .findFirst());
        if (bySubscription.isPresent()) {
            return bySubscription;
        }
        List<OrderLineItem> sameItem = order.lineItems().stream()
                .filter(orderLine -> orderLine.offerId().toString().equalsIgnoreCase(line.catalogItemId())).toList();
        if (sameItem.isEmpty()) {
            String productAndSku = (line.productId() + ":" + line.skuId() + ":").toLowerCase(Locale.ROOT);
            sameItem = order.lineItems().stream()
                    .filter(orderLine -> orderLine.offerId().toString().toLowerCase(Locale.ROOT).startsWith(productAndSku))
                    .toList();
        }
        return sameItem.stream().min(Comparator.comparing(orderLine -> orderLine.quantity() == line.quantity() ? 0 : 1));
    }
}
