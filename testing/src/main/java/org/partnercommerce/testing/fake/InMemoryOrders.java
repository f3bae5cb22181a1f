package org.partnercommerce.testing.fake;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderCursor;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderPage;

/** The order history in memory. */
public final class InMemoryOrders implements Orders {

    /** Newest first: creation date, then id, both descending. */
    public static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::creationDate)
            .thenComparing(order -> order.id().value()).reversed();

    private final Map<OrderId, Order> orders = new ConcurrentHashMap<>();
    private final List<List<Order>> saves = new CopyOnWriteArrayList<>();

    @Override
    public void save(List<Order> toSave) {
        saves.add(List.copyOf(toSave));
        toSave.forEach(order -> orders.put(order.id(), order));
    }

    /** How many times {@link #save} was called. */
    public int saves() {
        return saves.size();
    }

    /** What the last call of {@link #save} was given. */
    public List<Order> lastSaved() {
        return saves.isEmpty() ? List.of() : saves.getLast();
    }

    @Override
    public Optional<Order> find(CustomerId customerId, OrderId orderId) {
        return Optional.ofNullable(orders.get(orderId)).filter(order -> order.referenceCustomerId().equals(customerId));
    }

    @Override
    public List<Order> findAll(CustomerId customerId, Collection<OrderId> orderIds) {
        return orderIds.stream().distinct().map(id -> find(customerId, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public OrderPage page(CustomerId customerId, Optional<BillingType> billingType, Optional<OrderCursor> after, int size) {
        List<Order> older = orders.values().stream()
                .filter(order -> order.referenceCustomerId().equals(customerId))
                .filter(order -> billingType.map(type -> type.includes(order)).orElse(true))
                .filter(order -> after.map(cursor -> isAfter(order, cursor)).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(size + 1L)
                .toList();
        List<Order> page = older.stream().limit(size).toList();
        Optional<OrderCursor> next = older.size() > size
                ? Optional.of(new OrderCursor(page.getLast().creationDate(), page.getLast().id()))
                : Optional.empty();
        return new OrderPage(page, next);
    }

    /** Whether the order comes after the cursor in newest-first order. */
    private static boolean isAfter(Order order, OrderCursor cursor) {
        int byDate = order.creationDate().compareTo(cursor.creationDate());
        return byDate < 0 || byDate == 0 && order.id().value().compareTo(cursor.orderId().value()) < 0;
    }
}
