package org.partnercommerce.application.service.order;

import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.order.GetOrderProvisioningStatusUseCase;
import org.partnercommerce.application.port.in.order.GetOrderQuery;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.order.OrderProvisioningStatus;

/**
 * Reads an order's provisioning status through to Partner Center, every time: it changes while
 * the order is provisioned, so it is never kept, and reading it writes nothing. The caller must
 * be one who may see the customer; an order Partner Center does not know for that customer is not
 * found. When Partner Center cannot be reached there is nothing to answer in its stead: its
 * unavailability is the answer.
 */
public final class GetOrderProvisioningStatusService implements GetOrderProvisioningStatusUseCase {

    private final CustomerAccess access;
    private final PartnerCenterOrders partnerCenter;

    public GetOrderProvisioningStatusService(CustomerAccess access, PartnerCenterOrders partnerCenter) {
        this.access = access;
        this.partnerCenter = partnerCenter;
    }

    @Override
    public OrderProvisioningStatus get(GetOrderQuery query) {
        access.customerFor(query.caller(), query.customerId());
        return partnerCenter.provisioningStatus(query.customerId(), query.orderId())
                .orElseThrow(() -> NotFound.order(query.orderId()));
    }
}
