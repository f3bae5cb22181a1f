package org.partnercommerce.domain.order;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * An order as Partner Center made it: one per order group of a checked-out cart, or one
 * per "create order" request. Its lines are numbered 0..n-1 ({@code 800071}) and kept in
 * that order.
 *
 * @param billingCycle the billing cycle of its group
 * @param currency     absent only where Partner Center did not say (legacy orders)
 */
public record Order(
        OrderId id,
        CustomerId referenceCustomerId,
        BillingCycle billingCycle,
        Optional<CurrencyCode> currency,
        List<OrderLineItem> lineItems,
        OrderStatus status,
        Instant creationDate) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(referenceCustomerId, "referenceCustomerId");
        Objects.requireNonNull(billingCycle, "billingCycle");
        currency = Objects.requireNonNullElse(currency, Optional.empty());
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(creationDate, "creationDate");
        LineItemNumbers.requireSequence(lineItems.stream().map(OrderLineItem::lineItemNumber).toList());
        lineItems = lineItems.stream().sorted(Comparator.comparingInt(OrderLineItem::lineItemNumber)).toList();
    }

    public int totalQuantity() {
        return lineItems.stream().mapToInt(OrderLineItem::quantity).sum();
    }
}
