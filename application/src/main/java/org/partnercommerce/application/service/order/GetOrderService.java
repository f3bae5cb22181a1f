package org.partnercommerce.application.service.order;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.order.GetOrderQuery;
import org.partnercommerce.application.port.in.order.GetOrderUseCase;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderStatus;

/**
 * Reads an order. A completed or cancelled order kept here is answered as kept; any other
 * is asked of Partner Center, which sees a new order at once and knows how far its
 * provisioning got, and the history is refreshed with what it says — only when it says
 * something new, so that reading an order writes nothing while its provisioning goes on. When
 * Partner Center cannot be reached, the order as kept here is answered. An order the caller may
 * not see ({@link CustomerAccess#maySee}) is not found.
 */
public final class GetOrderService implements GetOrderUseCase {

    private static final Logger LOG = Logger.getLogger(GetOrderService.class.getName());

    private final CustomerAccess access;
    private final Orders orders;
    private final PartnerCenterOrders partnerCenter;
    private final Transactions transactions;

    public GetOrderService(CustomerAccess access, Orders orders, PartnerCenterOrders partnerCenter, Transactions transactions) {
        this.access = access;
        this.orders = orders;
        this.partnerCenter = partnerCenter;
        this.transactions = transactions;
    }

    @Override
    public Order get(GetOrderQuery query) {
        access.customerFor(query.caller(), query.customerId());
        Optional<Order> kept = orders.find(query.customerId(), query.orderId());
        if (kept.isPresent() && isFinal(kept.get())) {
            return visible(query, kept.get());
        }
        Optional<Order> fresh;
        try {
            fresh = partnerCenter.order(query.customerId(), query.orderId());
        } catch (PartnerCenterException.Unavailable unavailable) {
            if (kept.isPresent()) {
                LOG.log(Level.INFO, "Partner Center is unavailable; answering order {0} as kept", query.orderId());
                return visible(query, kept.get());
            }
            throw unavailable;
        }
        if (fresh.isPresent() && !fresh.equals(kept)) {
            transactions.inTransaction(() -> orders.save(List.of(fresh.get())));
        }
        return visible(query, fresh.or(() -> kept).orElseThrow(() -> NotFound.order(query.orderId())));
    }

    /** The order, if the caller may see it (a reseller sees no order attributed to another reseller); else not found. */
    private Order visible(GetOrderQuery query, Order order) {
        if (!access.maySee(query.caller(), order)) {
            throw NotFound.order(query.orderId());
        }
        return order;
    }

    private static boolean isFinal(Order order) {
        return order.status() == OrderStatus.COMPLETED || order.status() == OrderStatus.CANCELLED;
    }
}
