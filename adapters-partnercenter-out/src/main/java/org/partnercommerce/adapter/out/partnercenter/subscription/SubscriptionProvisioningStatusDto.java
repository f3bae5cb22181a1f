package org.partnercommerce.adapter.out.partnercenter.subscription;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.subscription.SubscriptionProvisioningStatus;

/** {@code {"skuId": "0002", "status": "success", "quantity": 5, "endDate": "..."}} (reference §1.8). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionProvisioningStatusDto(String skuId, String status, Integer quantity, String endDate) {

    public SubscriptionProvisioningStatus toDomain(SubscriptionId subscription) {
        return new SubscriptionProvisioningStatus(subscription, Wire.orEmpty(skuId), Wire.orEmpty(status),
                quantity == null ? 0 : quantity, Optional.ofNullable(Wire.instant(endDate)));
    }
}
