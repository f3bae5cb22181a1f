package org.partnercommerce.emulator.subscription;

import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.Orders;
import org.partnercommerce.emulator.order.WhatALineBecomes;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A customer's subscriptions, read from its orders: each line of a completed order that becomes a
 * subscription ({@link WhatALineBecomes}), oldest order first, then by line number. A pending
 * order has none yet; a cancelled subscription stays, {@code deleted}.
 */
public final class Subscriptions {

    private final Orders orders;
    private final WhatALineBecomes becomes;
    private final Clock clock;
    private final Cancellations cancellations;

    public Subscriptions(Orders orders, WhatALineBecomes becomes, Clock clock, Cancellations cancellations) {
        this.orders = orders;
        this.becomes = becomes;
        this.clock = clock;
        this.cancellations = cancellations;
    }

    public List<Subscription> ofCustomer(String customerId) {
        Instant now = clock.instant();
        return orders.ofCustomer(customerId).reversed().stream().flatMap(order -> of(order, now)).toList();
    }

    /** The subscriptions of one of the customer's orders; none when the customer has no such order. */
    public List<Subscription> ofOrder(String customerId, String orderId) {
        Instant now = clock.instant();
        return orders.ofCustomer(customerId).reversed().stream().filter(order -> order.id().equalsIgnoreCase(orderId))
                .flatMap(order -> of(order, now)).toList();
    }

    /** The customer's subscription, or 404/800002. */
    public Subscription existing(String customerId, String subscriptionId) {
        return ofCustomer(customerId).stream().filter(subscription -> subscriptionId.equalsIgnoreCase(subscription.id())).findFirst()
                .orElseThrow(() -> PartnerCenterFault.subscriptionNotFound(subscriptionId));
    }

    private Stream<Subscription> of(Order order, Instant now) {
        if (!order.completedAt(now)) {
            return Stream.empty();
        }
        return order.lineItems().stream()
                .filter(line -> becomes.of(line).isSubscription())
                .map(line -> new Subscription(order, line, becomes.bought(line), cancellations.of(line.subscriptionId())));
    }
}
