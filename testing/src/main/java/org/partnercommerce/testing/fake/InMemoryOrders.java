package org.partnercommerce.testing.fake;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.domain.cap.CapHolder;
import org.partnercommerce.domain.cap.PurchaseVolume;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
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
    private final Map<OrderId, PartnerId> buyers = new ConcurrentHashMap<>();
    private final List<List<Order>> saves = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    public void save(List<Order> toSave, Optional<PartnerId> boughtBy) {
        saves.add(List.copyOf(toSave));
        toSave.forEach(order -> {
            orders.put(order.id(), order);
            boughtBy.ifPresent(buyer -> buyers.put(order.id(), buyer));
        });
    }

    @Override
    public PurchaseVolume purchasedSince(CapHolder holder, Instant since) {
        return orders.values().stream()
                .filter(order -> !order.creationDate().isBefore(since))
                .filter(order -> switch (holder) {
                    case CapHolder.Reseller reseller -> reseller.partnerId().equals(buyers.get(order.id()));
                    case CapHolder.Customer customer -> customer.customerId().equals(order.referenceCustomerId());
                })
                .flatMap(order -> order.lineItems().stream())
                .map(line -> PurchaseVolume.of(line.quantity(),
                        line.pricing().map(pricing -> List.of(pricing.extendedPrice())).orElse(List.of())))
                .reduce(PurchaseVolume.NONE, PurchaseVolume::plus);
    }

    /** How many times {@link #save} was called. */
    public int saves() {
        return saves.size();
    }

    /** What the last call of {@link #save} was given. */
    public List<Order> lastSaved() {
        return saves.isEmpty() ? List.of() : saves.getLast();
    }

    /** How many times orders were read by id, one at a time ({@link #find}) or together ({@link #findAll}). */
    public int reads() {
        return reads.get();
    }

    @Override
    public Optional<Order> find(CustomerId customerId, OrderId orderId) {
        reads.incrementAndGet();
        return kept(customerId, orderId);
    }

    @Override
    public List<Order> findAll(CustomerId customerId, Collection<OrderId> orderIds) {
        reads.incrementAndGet();
        return orderIds.stream().distinct().map(id -> kept(customerId, id)).flatMap(Optional::stream).toList();
    }

    private Optional<Order> kept(CustomerId customerId, OrderId orderId) {
        return Optional.ofNullable(orders.get(orderId)).filter(order -> order.referenceCustomerId().equals(customerId));
    }

    @Override
    public List<Order> createdBetween(Instant from, Instant until, Optional<OrderCursor> after, int limit) {
        Comparator<Order> oldestFirst = Comparator.comparing(Order::creationDate).thenComparing(order -> order.id().value());
        return orders.values().stream()
                .filter(order -> !order.creationDate().isBefore(from) && order.creationDate().isBefore(until))
                .filter(order -> after.map(cursor -> order.creationDate().isAfter(cursor.creationDate())
                        || order.creationDate().equals(cursor.creationDate()) && order.id().value().compareTo(cursor.orderId().value()) > 0)
                        .orElse(true))
                .sorted(oldestFirst)
                .limit(limit)
                .toList();
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
