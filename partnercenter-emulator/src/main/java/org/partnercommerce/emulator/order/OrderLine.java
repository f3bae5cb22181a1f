package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.cart.Pricing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A line of an order: what was bought, for whom (partner of record) and the subscription it
 * becomes. The subscription id is chosen when the order is placed and shown once the order is
 * provisioned.
 *
 * @param offerId the catalog item id ({@code product:sku:availability}) or legacy offer id
 */
public record OrderLine(int lineItemNumber, String offerId, String friendlyName, int quantity, String termDuration, String renewsTo,
                        String promotionId, Instant customTermEndDate, Pricing pricing, String partnerIdOnRecord,
                        List<String> additionalPartnerIdsOnRecord, Map<String, String> provisioningContext,
                        Boolean attestationAccepted, String subscriptionId) {

    public OrderLine {
        additionalPartnerIdsOnRecord = additionalPartnerIdsOnRecord == null ? List.of() : List.copyOf(additionalPartnerIdsOnRecord);
        provisioningContext = provisioningContext == null ? Map.of() : Map.copyOf(provisioningContext);
    }
}
