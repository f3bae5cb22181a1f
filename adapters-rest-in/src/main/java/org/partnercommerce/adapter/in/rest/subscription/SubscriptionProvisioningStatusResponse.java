package org.partnercommerce.adapter.in.rest.subscription;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.subscription.SubscriptionProvisioningStatus;

/** Partner Center's SubscriptionProvisioningStatus (reference §1.8). */
public record SubscriptionProvisioningStatusResponse(
        String skuId,
        @Schema(description = "success or pending; Partner Center refreshes it about every 15 minutes") String status,
        int quantity,
        Instant endDate,
        Map<String, Link> links,
        ResourceAttributes attributes) {

    static SubscriptionProvisioningStatusResponse from(SubscriptionProvisioningStatus status, String selfUri) {
        return new SubscriptionProvisioningStatusResponse(status.skuId(), status.status(), status.quantity(),
                status.endDate().orElse(null), Map.of("self", Link.get(selfUri)), ResourceAttributes.of("SubscriptionProvisioningStatus"));
    }
}
