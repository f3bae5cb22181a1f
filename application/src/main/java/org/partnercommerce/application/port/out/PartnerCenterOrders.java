package org.partnercommerce.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.ActivationLinks;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderProvisioningStatus;
import org.partnercommerce.domain.order.ValidatedOrder;

/**
 * Partner Center's orders. Its list shows a new order only up to 15 minutes after it was placed; a
 * read by id at once. Every method may throw a {@link PartnerCenterException}.
 */
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

    /**
     * The activation links of the order's lines, or of one line: none for a line that has none (not
     * SaaS, or not provisioned yet); empty when Partner Center does not know the order (or the line).
     */
    Optional<List<ActivationLinks>> activationLinks(CustomerId customerId, OrderId orderId, OptionalInt lineItemNumber);

    /**
     * Places the direct order ({@code POST /customers/{c}/orders}) under the request id the caller
     * kept before calling, the same on every retry: Partner Center answers a repeated request id
     * with the order it placed the first time, and places nothing more. {@code Unavailable} means
     * the outcome is unknown.
     */
    Order place(ValidatedOrder order, RequestId requestId);

    /**
     * Refuses, before anything is kept or sent, an order Partner Center takes only from a caller
     * acting for a user (App+User), as one naming an indirect reseller as partner on record is,
     * when this service calls Partner Center as an application alone: with the
     * {@link PartnerCenterException.Forbidden} Partner Center would answer ({@code 900150}), and
     * how to configure App+User.
     */
    void requireAppPlusUser();
}
