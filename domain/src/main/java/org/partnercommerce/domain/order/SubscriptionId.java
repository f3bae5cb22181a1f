package org.partnercommerce.domain.order;

import org.partnercommerce.domain.shared.Guid;

/** The id of the subscription an order line created, a GUID; known only once provisioned. */
public record SubscriptionId(String value) {

    public SubscriptionId {
        value = Guid.parse("subscriptionId", value);
    }

    public static SubscriptionId of(String value) {
        return new SubscriptionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
