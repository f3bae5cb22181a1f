package org.partnercommerce.testing.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderProvisioningStatus;

/**
 * Partner Center's orders in memory. Orders added with {@link #addListed} appear in the list;
 * orders added with {@link #addUnlisted} only by id, as a new order does for up to 15 minutes. The
 * provisioning status of an order is what {@link #provisioning} last said of it.
 */
public final class FakePartnerCenterOrders implements PartnerCenterOrders {

    private final List<Order> listed = new CopyOnWriteArrayList<>();
    private final List<Order> unlisted = new CopyOnWriteArrayList<>();
    private final Map<OrderId, OrderProvisioningStatus> provisioning = new ConcurrentHashMap<>();
    private volatile PartnerCenterException failure;
    private final AtomicInteger orderReads = new AtomicInteger();

    public FakePartnerCenterOrders addListed(Order order) {
        listed.add(order);
        return this;
    }

    public FakePartnerCenterOrders addUnlisted(Order order) {
        unlisted.add(order);
        return this;
    }

    /** How far the provisioning of one of the orders got. */
    public FakePartnerCenterOrders provisioning(OrderProvisioningStatus status) {
        provisioning.put(status.orderId(), status);
        return this;
    }

    public FakePartnerCenterOrders failWith(PartnerCenterException failure) {
        this.failure = failure;
        return this;
    }

    /** Answers again, after {@link #failWith}. */
    public FakePartnerCenterOrders recover() {
        this.failure = null;
        return this;
    }

    @Override
    public Optional<Order> order(CustomerId customerId, OrderId orderId) {
        orderReads.incrementAndGet();
        failIfAsked();
        List<Order> all = new ArrayList<>(listed);
        all.addAll(unlisted);
        return all.stream().filter(o -> o.id().equals(orderId) && o.referenceCustomerId().equals(customerId)).findFirst();
    }

    @Override
    public List<Order> orders(CustomerId customerId) {
        failIfAsked();
        return listed.stream().filter(o -> o.referenceCustomerId().equals(customerId)).toList();
    }

    @Override
    public List<Order> orders(CustomerId customerId, BillingType billingType) {
        return orders(customerId).stream().filter(billingType::includes).toList();
    }

    /** What {@link #provisioning} said of the order, when the order is the customer's. */
    @Override
    public Optional<OrderProvisioningStatus> provisioningStatus(CustomerId customerId, OrderId orderId) {
        return order(customerId, orderId).flatMap(order -> Optional.ofNullable(provisioning.get(orderId)));
    }

    /** How many times one order was asked for by id, failed attempts included. */
    public int orderReads() {
        return orderReads.get();
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }
}
