package org.partnercommerce.application.service.order;

import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.order.GetOrderProvisioningStatusUseCase;
import org.partnercommerce.application.port.in.order.GetOrderQuery;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.application.service.access.OrderVisibility;
import org.partnercommerce.domain.order.OrderProvisioningStatus;

/**
 * Reads an order's provisioning status through to Partner Center, every time: it changes while
 * the order is provisioned, so it is never kept, and reading it writes nothing. The caller must
 * be one who may see the customer; an order Partner Center does not know for that customer is not
 * found. When Partner Center cannot be reached there is nothing to answer in its stead: its
 * unavailability is the answer. A reseller reads the status only of an order it may see
 * ({@link OrderVisibility}).
 */
public final class GetOrderProvisioningStatusService implements GetOrderProvisioningStatusUseCase {

    private final CustomerAccess access;
    private final OrderVisibility orders;
    private final PartnerCenterOrders partnerCenter;

    public GetOrderProvisioningStatusService(CustomerAccess access, OrderVisibility orders, PartnerCenterOrders partnerCenter) {
        this.access = access;
        this.orders = orders;
        this.partnerCenter = partnerCenter;
    }

    @Override
    public OrderProvisioningStatus get(GetOrderQuery query) {
        access.customerFor(query.caller(), query.customerId());
        if (!orders.maySee(query.caller(), query.customerId(), query.orderId())) {
            throw NotFound.order(query.orderId());
        }
        return partnerCenter.provisioningStatus(query.customerId(), query.orderId())
                .orElseThrow(() -> NotFound.order(query.orderId()));
    }
}
