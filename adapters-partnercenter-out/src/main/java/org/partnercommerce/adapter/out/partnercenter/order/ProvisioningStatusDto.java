package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.order.LineProvisioningStatus;
import org.partnercommerce.domain.order.LineProvisioningStatus.QuantityProvisioningStatus;
import org.partnercommerce.domain.order.ProvisioningState;

/**
 * One line's provisioning status (reference §1.8): {@code {"lineItemNumber": 0, "status": "Fulfilled",
 * "quantityProvisioningInformation": [{"quantity": 1, "status": "Fulfilled"}]}}. The documentation's
 * sample writes the states in lower case and adds {@code orderLineItemId}, the line's number again,
 * taken when {@code lineItemNumber} is missing; without either, the line's place in the answer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvisioningStatusDto(Integer lineItemNumber, Integer orderLineItemId, String status,
                                    List<QuantityDto> quantityProvisioningInformation) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuantityDto(Integer quantity, String status) {
    }

    public LineProvisioningStatus toDomain(int position) {
        int number = lineItemNumber != null ? lineItemNumber : orderLineItemId != null ? orderLineItemId : position;
        return new LineProvisioningStatus(number, ProvisioningState.parse(status),
                Wire.list(quantityProvisioningInformation).stream()
                        .map(part -> new QuantityProvisioningStatus(part.quantity() == null ? 0 : part.quantity(),
                                ProvisioningState.parse(part.status())))
                        .toList());
    }
}
