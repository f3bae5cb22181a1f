package org.partnercommerce.application.service.subscription;

import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.subscription.GetSubscriptionUseCase;
import org.partnercommerce.application.port.in.subscription.SubscriptionQuery;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.subscription.Subscription;
import org.partnercommerce.domain.subscription.SubscriptionProvisioningStatus;

/**
 * Reads a subscription, and its provisioning status, through to Partner Center every time (both
 * change after the purchase; nothing is kept). A subscription an indirect reseller may not see
 * (attributed to another reseller of a shared customer) is not found, and neither is its status.
 */
public final class GetSubscriptionService implements GetSubscriptionUseCase {

    private final CustomerAccess access;
    private final PartnerCenterSubscriptions partnerCenter;

    public GetSubscriptionService(CustomerAccess access, PartnerCenterSubscriptions partnerCenter) {
        this.access = access;
        this.partnerCenter = partnerCenter;
    }

    @Override
    public Subscription get(SubscriptionQuery query) {
        access.customerFor(query.caller(), query.customerId());
        return partnerCenter.subscription(query.customerId(), query.subscriptionId())
                .filter(subscription -> access.maySee(query.caller(), subscription))
                .orElseThrow(() -> NotFound.subscription(query.subscriptionId()));
    }

    @Override
    public SubscriptionProvisioningStatus provisioningStatus(SubscriptionQuery query) {
        get(query);
        return partnerCenter.provisioningStatus(query.customerId(), query.subscriptionId())
                .orElseThrow(() -> NotFound.subscription(query.subscriptionId()));
    }
}
