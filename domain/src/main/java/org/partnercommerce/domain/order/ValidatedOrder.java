package org.partnercommerce.domain.order;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A direct order that passed every rule ({@link NewOrder#validate}), as it is sent to Partner
 * Center — the same on every attempt — and kept until Partner Center has answered: the customer
 * it is placed for (its reference customer), the billing cycle ({@code monthly} where none was
 * given), and the lines numbered 0..n-1, in that order.
 */
public record ValidatedOrder(CustomerId customerId, BillingCycle billingCycle, List<Line> lineItems) {

    /** One line, numbered. */
    public record Line(int lineItemNumber, CatalogItemId offerId, int quantity, Optional<String> friendlyName,
                       Optional<PartnerId> partnerIdOnRecord) {

        public Line {
            Objects.requireNonNull(offerId, "offerId");
            if (quantity < 1) {
                throw new InvalidValue("quantity", "A quantity is at least 1; got " + quantity + ".");
            }
            friendlyName = Objects.requireNonNullElse(friendlyName, Optional.<String>empty()).filter(name -> !name.isBlank());
            partnerIdOnRecord = Objects.requireNonNullElse(partnerIdOnRecord, Optional.empty());
        }
    }

    public ValidatedOrder {
        Objects.requireNonNull(customerId, "customerId");
        if (billingCycle == null || billingCycle == BillingCycle.UNKNOWN) {
            throw new IllegalArgumentException("A validated order has a billing cycle");
        }
        LineItemNumbers.requireSequence(lineItems.stream().map(Line::lineItemNumber).toList());
        lineItems = lineItems.stream().sorted(Comparator.comparingInt(Line::lineItemNumber)).toList();
    }

    /** The order Partner Center made of this request: its lines as asked, nothing provisioned yet. */
    public Order placedAs(OrderId id, OrderStatus status, Instant creationDate) {
        List<OrderLineItem> lines = lineItems.stream()
                .map(line -> OrderLineItem.of(line.lineItemNumber(), line.offerId(), line.quantity())
                        .withFriendlyName(line.friendlyName().orElse(null))
                        .withPartnersOnRecord(line.partnerIdOnRecord().orElse(null), List.of()))
                .toList();
        return new Order(id, customerId, billingCycle, Optional.empty(), lines, status, creationDate);
    }
}
