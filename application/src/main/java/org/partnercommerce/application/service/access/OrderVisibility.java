package org.partnercommerce.application.service.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;

/**
 * Whether a caller may see what came of an order (its provisioning, its entitlements, its
 * activation links): everyone but an indirect reseller may; a reseller only when it may see the
 * order itself ({@link CustomerAccess#maySee}), as kept here or else as Partner Center gives it. An
 * order neither knows is not one a reseller may see. Only a reseller's question costs reads: one of
 * the kept orders for all the orders asked about, and one of Partner Center for each order not kept.
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
        return visibleAmong(caller, customerId, Set.of(orderId)).contains(orderId);
    }

    /** Which of these orders of the customer the caller may see what came of. */
    public Set<OrderId> visibleAmong(Caller caller, CustomerId customerId, Collection<OrderId> orderIds) {
        Set<OrderId> asked = new LinkedHashSet<>(orderIds);
        if (caller.role() != Caller.Role.RESELLER || asked.isEmpty()) {
            return asked;
        }
        Map<OrderId, Order> kept = orders.findAll(customerId, asked).stream()
                .collect(Collectors.toMap(Order::id, Function.identity(), (first, same) -> first));
        return asked.stream()
                .filter(id -> Optional.ofNullable(kept.get(id))
                        .or(() -> partnerCenter.order(customerId, id))
                        .map(order -> access.maySee(caller, order))
                        .orElse(false))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
