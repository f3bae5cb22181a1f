package org.partnercommerce.domain.order;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/**
 * A direct "create order" request (the page "create an order for a customer of an
 * indirect reseller"): a reference customer, at least one line, line item numbers exactly
 * 0..count-1 ({@code 800071}). A billing cycle of {@code unknown} (or none) means "not
 * given" and becomes {@code monthly}.
 */
public record NewOrder(CustomerId referenceCustomerId, BillingCycle billingCycle, List<NewOrderLine> lineItems) {

    public NewOrder {
        if (referenceCustomerId == null) {
            throw new OrderRuleViolation.ReferenceCustomerMissing();
        }
        if (billingCycle == null || billingCycle == BillingCycle.UNKNOWN) {
            billingCycle = BillingCycle.MONTHLY;
        }
        if (lineItems == null) {
            throw new OrderRuleViolation.NoLineItems();
        }
        LineItemNumbers.requireSequence(lineItems.stream().map(NewOrderLine::lineItemNumber).toList());
        lineItems = lineItems.stream().sorted(Comparator.comparingInt(NewOrderLine::lineItemNumber)).toList();
    }

    /**
     * Holds every partner on record against the partner who orders: it is the indirect
     * reseller's PartnerId, never the partner's own ({@code 2072}), and, where the customer's
     * indirect resellers are known, one of them ({@code 800016}).
     */
    public void checkPartnersOnRecord(Partner partner, IndirectResellers resellers) {
        for (NewOrderLine line : lineItems) {
            Optional<PartnerId> onRecord = line.partnerIdOnRecord();
            if (onRecord.isEmpty()) {
                continue;
            }
            if (onRecord.get().equals(partner.partnerId())) {
                throw new OrderRuleViolation.OwnPartnerIdOnRecord(line.lineItemNumber(), onRecord.get().value());
            }
            if (resellers instanceof IndirectResellers.Known known && !known.includes(onRecord.get())) {
                throw new OrderRuleViolation.NotAnIndirectReseller(line.lineItemNumber(), onRecord.get().value());
            }
        }
    }

    /** The order Partner Center made of this request. */
    public Order placedAs(OrderId id, OrderStatus status, Instant creationDate) {
        List<OrderLineItem> lines = lineItems.stream()
                .map(line -> new OrderLineItem(line.lineItemNumber(), line.offerId(), Optional.empty(), line.quantity(),
                        line.friendlyName(), line.partnerIdOnRecord(), List.of(), Optional.empty(), Optional.empty()))
                .toList();
        return new Order(id, referenceCustomerId, billingCycle, Optional.empty(), lines, status, creationDate);
    }
}
