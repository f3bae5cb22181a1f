package org.partnercommerce.application.service.access;

import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderId;

/**
 * Whether a caller may see what came of an order (its provisioning, its entitlements, its
 * activation links): everyone but an indirect reseller may; a reseller only when it may see the
 * order itself ({@link CustomerAccess#maySee}), as kept here or else as Partner Center gives it. An
 * order neither knows is not one a reseller may see. Only a reseller's question costs a read.
 */
public final class OrderVisibility {

    private final CustomerAccess access;
    private final Orders orders;
    private final PartnerCenterOrders partnerCenter;

    public OrderVisibility(CustomerAccess access, Orders orders, PartnerCenterOrders partnerCenter) {
        this.access = access;
        this.orders = orders;
        this.partnerCenter = partnerCenter;
    }

    public boolean maySee(Caller caller, CustomerId customerId, OrderId orderId) {
        if (caller.role() != Caller.Role.RESELLER) {
            return true;
        }
        return orders.find(customerId, orderId)
                .or(() -> partnerCenter.order(customerId, orderId))
                .map(order -> access.maySee(caller, order))
                .orElse(false);
    }
}
