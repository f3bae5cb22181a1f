package org.partnercommerce.application.port.out;

import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderProvisioningStatus;

/** Partner Center's orders. Its list shows a new order only up to 15 minutes after it was placed; a read by id at once. */
public interface PartnerCenterOrders {

    Optional<Order> order(CustomerId customerId, OrderId orderId);

    List<Order> orders(CustomerId customerId);

    /** The customer's orders of one billing cycle type ({@code ?billingType=}), with the same delay as the whole list. */
    List<Order> orders(CustomerId customerId, BillingType billingType);

    /**
     * How far Partner Center got provisioning the order, line by line; empty when it does not know
     * the order for this customer. Partner Center answers it to App+User tokens only: to an app-only
     * token it is {@link PartnerCenterException.Forbidden}.
     */
    Optional<OrderProvisioningStatus> provisioningStatus(CustomerId customerId, OrderId orderId);
}
