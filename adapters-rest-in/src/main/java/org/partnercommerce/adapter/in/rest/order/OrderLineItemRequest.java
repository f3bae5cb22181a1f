package org.partnercommerce.adapter.in.rest.order;

import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.NewOrderLine;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * Partner Center's OrderLineItem as a client sends it to create an order. What Partner Center
 * assigns ({@code subscriptionId}, links, attributes) is ignored if sent, as the documented
 * request sends it ({@code null}).
 */
public record OrderLineItemRequest(
        @Schema(description = "0..n-1, each once; left out on every line, the lines are numbered in the order sent.")
        Integer lineItemNumber,
        @Schema(description = "What the line buys: a legacy offer id (DB2E705F-B82A-4024-A3D5-D88E12F2DB35) or a catalog item id.")
        String offerId,
        String friendlyName,
        Integer quantity,
        @Schema(description = "The PartnerId of the customer's indirect reseller the purchase is made for; never the partner's own. "
                + "A reseller's own orders carry its PartnerId, whether sent or not.")
        String partnerIdOnRecord) {

    NewOrderLine toDomain() {
        if (offerId == null || offerId.isBlank()) {
            throw new InvalidValue("offerId", "Every line item names its offerId: a legacy offer id or a catalog item id.");
        }
        if (quantity == null) {
            throw new InvalidValue("quantity", "Every line item has a quantity.");
        }
        return new NewOrderLine(Optional.ofNullable(lineItemNumber), CatalogItemId.parse(offerId.strip()), quantity,
                Optional.ofNullable(friendlyName), partnerOnRecord());
    }

    private Optional<PartnerId> partnerOnRecord() {
        if (partnerIdOnRecord == null || partnerIdOnRecord.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PartnerId.tryParse(partnerIdOnRecord.strip()).orElseThrow(() -> new InvalidValue("partnerIdOnRecord",
                "'" + partnerIdOnRecord + "' is not a PartnerId: 1 to 10 digits, such as 4847383.")));
    }
}
