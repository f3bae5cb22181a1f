package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.time.Instant;
import java.util.List;

/**
 * OrderLineItemProvisioningStatus (reference §1.8), line by line: {@code PrefulfillmentPending} until
 * the order is provisioned (its provisioning delay), then {@code Fulfilled}, for the line and its
 * whole quantity. The states as the documentation's table writes them; {@code orderLineItemId}, the
 * line's number again, as its sample shows it.
 */
public record ProvisioningStatusDto(int orderLineItemId, int lineItemNumber, String status,
                                    List<QuantityProvisioning> quantityProvisioningInformation, ResourceAttributes attributes) {

    static final String PENDING = "PrefulfillmentPending";
    static final String FULFILLED = "Fulfilled";

    public static List<ProvisioningStatusDto> of(Order order, Instant now) {
        String status = order.completedAt(now) ? FULFILLED : PENDING;
        return order.lineItems().stream()
                .map(line -> new ProvisioningStatusDto(line.lineItemNumber(), line.lineItemNumber(), status,
                        List.of(new QuantityProvisioning(line.quantity(), status)), ResourceAttributes.of("OrderLineItemProvisioningStatus")))
                .toList();
    }

    public record QuantityProvisioning(int quantity, String status) {
    }
}
