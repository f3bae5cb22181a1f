package org.partnercommerce.emulator.entitlement;

import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.OrderLine;
import org.partnercommerce.emulator.order.Orders;
import org.partnercommerce.emulator.order.WhatALineBecomes;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A customer's entitlements, read from its orders: each line of a completed order that becomes an
 * entitlement ({@link WhatALineBecomes}), oldest order first, then by line number. A pending order
 * has none yet.
 */
public final class Entitlements {

    private final Orders orders;
    private final WhatALineBecomes becomes;
    private final Clock clock;

    public Entitlements(Orders orders, WhatALineBecomes becomes, Clock clock) {
        this.orders = orders;
        this.becomes = becomes;
        this.clock = clock;
    }

    /** @param type only entitlements of this type, when given */
    public List<Entitlement> ofCustomer(String customerId, Optional<EntitlementType> type) {
        Instant now = clock.instant();
        return orders.ofCustomer(customerId).reversed().stream()
                .filter(order -> order.completedAt(now))
                .flatMap(this::of)
                .filter(entitlement -> type.map(wanted -> entitlement.type() == wanted).orElse(true))
                .toList();
    }

    /**
     * The reservation an entitlement's artifact link names: the customer's order (the group), its
     * line and the reservation order; 404/1000 when they do not name one.
     */
    public Entitlement reservation(String customerId, String orderId, String lineItemNumber, String reservationOrderId) {
        return ofCustomer(customerId, Optional.of(EntitlementType.RESERVED_INSTANCE)).stream()
                .filter(entitlement -> entitlement.order().id().equalsIgnoreCase(orderId)
                        && Integer.toString(entitlement.line().lineItemNumber()).equals(lineItemNumber)
                        && entitlement.reservationOrderId().orElseThrow().equalsIgnoreCase(reservationOrderId))
                .findFirst()
                .orElseThrow(() -> PartnerCenterFault.notFound("No reserved instance artifact '" + reservationOrderId + "' for line item "
                        + lineItemNumber + " of order '" + orderId + "' of customer '" + customerId + "'."));
    }

    private Stream<Entitlement> of(Order order) {
        return order.lineItems().stream().flatMap(line -> of(order, line).stream());
    }

    private Optional<Entitlement> of(Order order, OrderLine line) {
        return switch (becomes.of(line)) {
            case RESERVED_INSTANCE_ENTITLEMENT ->
                    Optional.of(new Entitlement(order, line, becomes.bought(line), EntitlementType.RESERVED_INSTANCE));
            case SOFTWARE_ENTITLEMENT -> Optional.of(new Entitlement(order, line, becomes.bought(line), EntitlementType.SOFTWARE));
            case SUBSCRIPTION, SAAS_SUBSCRIPTION -> Optional.empty();
        };
    }
}
