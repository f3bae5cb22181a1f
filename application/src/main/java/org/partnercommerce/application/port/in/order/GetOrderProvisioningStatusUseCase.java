package org.partnercommerce.application.port.in.order;

import org.partnercommerce.domain.order.OrderProvisioningStatus;

/** How far Partner Center got provisioning an order, line by line, as it says now. */
public interface GetOrderProvisioningStatusUseCase {

    /** @param query the order, and who asks about it */
    OrderProvisioningStatus get(GetOrderQuery query);
}
