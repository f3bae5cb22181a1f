package org.partnercommerce.application.service.order;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.partnercommerce.application.port.in.order.ListOrdersQuery;
import org.partnercommerce.application.port.in.order.ListOrdersUseCase;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderPage;

/**
 * A customer's order history, newest first, all of it or one billing type's. The history kept
 * here holds every order this service's checkouts created, from the moment they answered —
 * Partner Center's own list shows a new order only up to 15 minutes later. Before a first page,
 * the orders Partner Center lists (of that billing type, when one is asked: placed elsewhere, or
 * with a newer status) are merged in — only those it says something new of, so that a long
 * history already kept is read, not rewritten; when it cannot be reached, the history as kept is
 * answered.
 */
public final class ListOrdersService implements ListOrdersUseCase {

    private static final Logger LOG = Logger.getLogger(ListOrdersService.class.getName());

    private final CustomerAccess access;
    private final Orders orders;
    private final PartnerCenterOrders partnerCenter;
    private final Transactions transactions;

    public ListOrdersService(CustomerAccess access, Orders orders, PartnerCenterOrders partnerCenter, Transactions transactions) {
        this.access = access;
        this.orders = orders;
        this.partnerCenter = partnerCenter;
        this.transactions = transactions;
    }

    @Override
    public OrderPage list(ListOrdersQuery query) {
        access.customerFor(query.caller(), query.customerId());
        if (query.after().isEmpty()) {
            try {
                merge(query.customerId(), query.billingType()
                        .map(billingType -> partnerCenter.orders(query.customerId(), billingType))
                        .orElseGet(() -> partnerCenter.orders(query.customerId())));
            } catch (PartnerCenterException.Unavailable unavailable) {
                LOG.log(Level.INFO, "Partner Center is unavailable; listing the orders of {0} as kept", query.customerId());
            }
        }
        return access.visibleOf(query.caller(), orders.page(query.customerId(), query.billingType(), query.after(), query.size()));
    }

    private void merge(CustomerId customerId, List<Order> listed) {
        Map<OrderId, Order> kept = orders.findAll(customerId, listed.stream().map(Order::id).toList()).stream()
                .collect(Collectors.toMap(Order::id, Function.identity()));
        List<Order> news = listed.stream().filter(order -> !order.equals(kept.get(order.id()))).toList();
        if (!news.isEmpty()) {
            transactions.inTransaction(() -> orders.save(news));
        }
    }
}
