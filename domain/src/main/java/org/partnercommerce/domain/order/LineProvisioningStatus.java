package org.partnercommerce.domain.order;

import java.util.List;
import java.util.Objects;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * How far the provisioning of one order line got ({@code OrderLineItemProvisioningStatus}): its
 * state, and the state of each part of its quantity.
 */
public record LineProvisioningStatus(int lineItemNumber, ProvisioningState status, List<QuantityProvisioningStatus> quantities) {

    /** A part of a line's quantity and its state ({@code QuantityProvisioningStatus}). */
    public record QuantityProvisioningStatus(int quantity, ProvisioningState status) {

        public QuantityProvisioningStatus {
            Objects.requireNonNull(status, "status");
        }
    }

    public LineProvisioningStatus {
        if (lineItemNumber < 0) {
            throw new InvalidValue("lineItemNumber", "A line item number is 0 or more; got " + lineItemNumber + ".");
        }
        Objects.requireNonNull(status, "status");
        quantities = List.copyOf(quantities);
    }
}
