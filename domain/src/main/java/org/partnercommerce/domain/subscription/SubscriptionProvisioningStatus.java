package org.partnercommerce.domain.subscription;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * How far Partner Center got provisioning a subscription ({@code success} or {@code pending}, as it
 * writes it): read each time, never kept. Partner Center refreshes it about every 15 minutes.
 *
 * @param endDate the end of the subscription's current term, when it has one
 */
public record SubscriptionProvisioningStatus(SubscriptionId subscriptionId, String skuId, String status, int quantity,
                                             Optional<Instant> endDate) {

    public SubscriptionProvisioningStatus {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(status, "status");
        endDate = Objects.requireNonNullElse(endDate, Optional.empty());
    }
}
