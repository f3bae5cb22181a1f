package org.partnercommerce.adapter.out.partnercenter.order;

import java.util.List;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.ValidatedOrder;

/**
 * The body of create-order ({@code POST /customers/{c}/orders}, reference §1.6, §1.7): the reference
 * customer, the billing cycle in snake_case, the lines numbered 0..n-1, each with its offer, quantity
 * and, for a customer of an indirect reseller, the reseller's PartnerId as partner on record.
 * camelCase, nulls left out (the mapper's default); what Partner Center assigns (id, creation date,
 * subscription ids) is not sent.
 */
public record OrderRequestDto(String referenceCustomerId, String billingCycle, List<Line> lineItems) {

    /** One line of the order as sent. */
    public record Line(int lineItemNumber, String offerId, String friendlyName, int quantity, String partnerIdOnRecord) {
    }

    public static OrderRequestDto from(ValidatedOrder order) {
        return new OrderRequestDto(order.customerId().value(), order.billingCycle().wireName(), order.lineItems().stream()
                .map(line -> new Line(line.lineItemNumber(), line.offerId().value(), line.friendlyName().orElse(null),
                        line.quantity(), line.partnerIdOnRecord().map(PartnerId::value).orElse(null)))
                .toList());
    }
}
