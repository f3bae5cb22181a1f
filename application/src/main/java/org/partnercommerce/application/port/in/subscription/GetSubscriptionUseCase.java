package org.partnercommerce.application.port.in.subscription;

import org.partnercommerce.domain.subscription.Subscription;
import org.partnercommerce.domain.subscription.SubscriptionProvisioningStatus;

/** One subscription as Partner Center has it now, and how far its provisioning got. */
public interface GetSubscriptionUseCase {

    Subscription get(SubscriptionQuery query);

    SubscriptionProvisioningStatus provisioningStatus(SubscriptionQuery query);
}
