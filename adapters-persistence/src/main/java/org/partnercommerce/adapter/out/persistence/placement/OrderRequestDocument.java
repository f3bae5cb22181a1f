package org.partnercommerce.adapter.out.persistence.placement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.ValidatedOrder;

/**
 * A direct order as it is sent to Partner Center ({@link ValidatedOrder}), as the JSON document in
 * {@code order_placements.order_request}: written once, when the placement is kept, and read back
 * whole on every attempt, so that each sends the same request. Its shape is this file's, not the
 * domain's: the billing cycle by its Partner Center wire name, absent values as {@code null}.
 */
record OrderRequestDocument(String customerId, String billingCycle, List<LineJson> lineItems) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record LineJson(int lineItemNumber, String offerId, int quantity, String friendlyName, String partnerIdOnRecord) {

        static LineJson from(ValidatedOrder.Line line) {
            return new LineJson(line.lineItemNumber(), line.offerId().value(), line.quantity(), line.friendlyName().orElse(null),
                    line.partnerIdOnRecord().map(PartnerId::value).orElse(null));
        }

        ValidatedOrder.Line toDomain() {
            return new ValidatedOrder.Line(lineItemNumber, CatalogItemId.parse(offerId), quantity, Optional.ofNullable(friendlyName),
                    Optional.ofNullable(partnerIdOnRecord).map(PartnerId::of));
        }
    }

    /** The document of the order, as kept in the column. */
    static String write(ValidatedOrder order) {
        try {
            return JSON.writeValueAsString(new OrderRequestDocument(order.customerId().value(), order.billingCycle().wireName(),
                    order.lineItems().stream().map(LineJson::from).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An order could not be written as JSON", e);
        }
    }

    /** The order the kept document holds. */
    static ValidatedOrder read(String document) {
        try {
            OrderRequestDocument kept = JSON.readValue(document, OrderRequestDocument.class);
            return new ValidatedOrder(CustomerId.of(kept.customerId()), BillingCycle.parse(kept.billingCycle()),
                    kept.lineItems().stream().map(LineJson::toDomain).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept order is not a readable document", e);
        }
    }
}
