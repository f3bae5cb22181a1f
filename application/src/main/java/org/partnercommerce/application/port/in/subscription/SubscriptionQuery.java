package org.partnercommerce.application.port.in.subscription;

import java.util.Objects;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.SubscriptionId;

/** One subscription of a customer, and who asks about it. */
public record SubscriptionQuery(Caller caller, CustomerId customerId, SubscriptionId subscriptionId) {

    public SubscriptionQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
    }
}
