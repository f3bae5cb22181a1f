package org.partnercommerce.adapter.in.rest.order;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.NewOrder;
import org.partnercommerce.domain.shared.Guid;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * Partner Center's Order as a client sends it to create one: the reference customer, the billing
 * cycle and the line items. What the server assigns ({@code id}, {@code creationDate},
 * {@code attributes}) is ignored if sent, as the documented request sends it.
 */
public record OrderRequest(
        @Schema(description = "The customer the order is placed for: the customer of the request path.")
        String referenceCustomerId,
        @Schema(description = "monthly, annual, ...; left out or unknown, monthly.")
        String billingCycle,
        List<OrderLineItemRequest> lineItems) {

    /** An order is small; Partner Center sets no documented maximum, we keep to this one. */
    public static final int MAXIMUM_LINES = 200;

    public NewOrder toOrder(CustomerId customerId) {
        if (lineItems != null && lineItems.size() > MAXIMUM_LINES) {
            throw new InvalidValue("lineItems", "An order has at most " + MAXIMUM_LINES + " line items.");
        }
        if (lineItems != null && lineItems.contains(null)) {
            throw new InvalidValue("lineItems", "A line item may not be null.");
        }
        return new NewOrder(customerId,
                Optional.ofNullable(referenceCustomerId).filter(id -> !id.isBlank())
                        .map(id -> CustomerId.of(Guid.parse("referenceCustomerId", id.strip()))),
                billingCycle == null || billingCycle.isBlank() ? null : BillingCycle.parse(billingCycle.strip()),
                lineItems == null ? List.of() : lineItems.stream().map(OrderLineItemRequest::toDomain).toList());
    }
}
