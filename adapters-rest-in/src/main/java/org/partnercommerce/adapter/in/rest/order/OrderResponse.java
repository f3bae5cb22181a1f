package org.partnercommerce.adapter.in.rest.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.partnercommerce.adapter.in.rest.cart.PricingResponse;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderLineItem;

/** Partner Center's Order. */
public record OrderResponse(
        String id,
        String referenceCustomerId,
        String billingCycle,
        String currencyCode,
        List<LineItemResponse> lineItems,
        Instant creationDate,
        String status,
        Map<String, Link> links,
        ResourceAttributes attributes) {

    public record LineItemResponse(
            int lineItemNumber,
            String offerId,
            String subscriptionId,
            String termDuration,
            String friendlyName,
            int quantity,
            PricingResponse pricing,
            String partnerIdOnRecord,
            List<String> additionalPartnerIdsOnRecord) {

        static LineItemResponse from(OrderLineItem item) {
            return new LineItemResponse(item.lineItemNumber(), item.offerId().value(),
                    item.subscriptionId().map(Object::toString).orElse(null),
                    item.termDuration().map(TermDuration::value).orElse(null), item.friendlyName().orElse(null),
                    item.quantity(), item.pricing().map(PricingResponse::from).orElse(null),
                    item.partnerIdOnRecord().map(PartnerId::value).orElse(null),
                    item.additionalPartnerIdsOnRecord().isEmpty() ? null
                            : item.additionalPartnerIdsOnRecord().stream().map(PartnerId::value).toList());
        }
    }

    public static OrderResponse from(Order order) {
        String self = "/customers/" + order.referenceCustomerId() + "/orders/" + order.id();
        return new OrderResponse(order.id().value(), order.referenceCustomerId().value(), order.billingCycle().wireName(),
                order.currency().map(Object::toString).orElse(null),
                order.lineItems().stream().map(LineItemResponse::from).toList(),
                order.creationDate(), order.status().wireName(),
                Link.inOrder("self", Link.get(self), "provisioningStatus", Link.get(self + "/provisioningstatus")),
                ResourceAttributes.of("Order"));
    }
}
