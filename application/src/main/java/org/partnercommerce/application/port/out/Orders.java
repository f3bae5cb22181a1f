package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.cap.CapHolder;
import org.partnercommerce.domain.cap.PurchaseVolume;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderCursor;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderPage;

/**
 * The order history this service keeps: every order its checkouts created, the moment they
 * answered, and the orders Partner Center lists for the customer. Each method is its own
 * unit of work, or joins the caller's.
 */
public interface Orders {

    /** Adds the orders not yet kept and refreshes those that are (status, subscription ids). */
    default void save(List<Order> orders) {
        save(orders, Optional.empty());
    }

    /**
     * Adds the orders not yet kept and refreshes those that are (status, subscription ids); orders
     * an indirect reseller bought with its own token are kept as bought by it (never forgotten by a
     * later save that names nobody).
     */
    void save(List<Order> orders, Optional<PartnerId> boughtBy);

    /**
     * What the holder bought in orders created at or after {@code since}: a reseller, the orders it
     * bought itself; a customer, all its orders. Seats are the lines' quantities, spend their
     * extended prices per currency.
     */
    PurchaseVolume purchasedSince(CapHolder holder, Instant since);

    Optional<Order> find(CustomerId customerId, OrderId orderId);

    /** The customer's kept orders among these ids, in no particular order; ids not kept (or another customer's) are left out. */
    List<Order> findAll(CustomerId customerId, Collection<OrderId> orderIds);

    /**
     * Every customer's orders created in {@code [from, until)}, oldest first (creation date, then
     * id), at most {@code limit} after the cursor: the orders of a billing period, page by page, for
     * reconciling its invoice.
     */
    List<Order> createdBetween(Instant from, Instant until, Optional<OrderCursor> after, int limit);

    /** The customer's orders, newest first (creation date, then id), after the cursor. */
    default OrderPage page(CustomerId customerId, Optional<OrderCursor> after, int size) {
        return page(customerId, Optional.empty(), after, size);
    }

    /** The customer's orders of the billing type (all of them when none is given), newest first (creation date, then id), after the cursor. */
    OrderPage page(CustomerId customerId, Optional<BillingType> billingType, Optional<OrderCursor> after, int size);
}
