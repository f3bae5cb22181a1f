package org.partnercommerce.adapter.in.rest.order;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.domain.order.LineProvisioningStatus;

/**
 * Partner Center's OrderLineItemProvisioningStatus: how far one line's provisioning got, as a
 * whole and part by part of its quantity.
 */
public record ProvisioningStatusResponse(
        @Schema(description = "The line's number again, as Partner Center's sample shows it") int orderLineItemId,
        int lineItemNumber,
        @Schema(description = "Fulfilled, Unfulfilled (cancelled) or PrefulfillmentPending (still processing)") String status,
        List<QuantityResponse> quantityProvisioningInformation) {

    public record QuantityResponse(int quantity, String status) {
    }

    static ProvisioningStatusResponse from(LineProvisioningStatus line) {
        return new ProvisioningStatusResponse(line.lineItemNumber(), line.lineItemNumber(), line.status().value(),
                line.quantities().stream().map(part -> new QuantityResponse(part.quantity(), part.status().value())).toList());
    }
}
