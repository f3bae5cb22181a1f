package org.partnercommerce.application.port.out;

import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.cart.AllowedTermEndDate;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.subscription.Subscription;
import org.partnercommerce.domain.subscription.SubscriptionProvisioningStatus;

/**
 * Partner Center's subscriptions of a customer: as a purchase needs them (the days a new one may
 * end on) and as they are after the purchase. Every method may throw a {@link PartnerCenterException}.
 */
public interface PartnerCenterSubscriptions {

    /**
     * The days a new subscription of the term, starting today, may end its first term on
     * ({@code GET /customers/{c}/subscriptions/customTermEndDates}): the last day of each calendar
     * month within the term, and the end dates of the customer's subscriptions it may co-term with.
     *
     * @throws PartnerCenterException.NotFound for a customer that is not the partner's
     */
    List<AllowedTermEndDate> customTermEndDates(CustomerId customerId, TermDuration term);

    /**
     * The customer's subscriptions, all of them or those the order created ({@code ?order_id=}).
     *
     * @throws PartnerCenterException.NotFound for a customer that is not the partner's
     */
    List<Subscription> subscriptions(CustomerId customerId, Optional<OrderId> createdBy);

    /** The subscription; empty when Partner Center does not know it for this customer. */
    Optional<Subscription> subscription(CustomerId customerId, SubscriptionId subscriptionId);

    /** How far the subscription's provisioning got; empty when Partner Center does not know it for this customer. */
    Optional<SubscriptionProvisioningStatus> provisioningStatus(CustomerId customerId, SubscriptionId subscriptionId);
}
