package org.partnercommerce.testing.fake;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.ActivationLinks;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderProvisioningStatus;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.ValidatedOrder;

/**
 * Partner Center's orders in memory. Orders added with {@link #addListed} appear in the list;
 * orders added with {@link #addUnlisted}, and the direct orders it places, only by id, as a new
 * order does for up to 15 minutes. The provisioning status of an order is what
 * {@link #provisioning} last said of it. A direct order with a request id it answered before is
 * answered with the same order, and every order really placed is journaled ({@link #placements}).
 * Faults can be armed for placing: fail before doing the work, or do the work and then fail (a lost
 * answer); and it can act as Partner Center does to a service that calls it app-only.
 */
public final class FakePartnerCenterOrders implements PartnerCenterOrders {

    /** A direct order really placed. */
    public record Placement(OrderId orderId, RequestId requestId, CustomerId customerId) {
    }

    private final InstantSource clock;
    private final List<Order> listed = new CopyOnWriteArrayList<>();
    private final List<Order> unlisted = new CopyOnWriteArrayList<>();
    private final Map<OrderId, OrderProvisioningStatus> provisioning = new ConcurrentHashMap<>();
    private final Map<OrderId, List<ActivationLinks>> activationLinks = new ConcurrentHashMap<>();
    private final Map<RequestId, Order> placedByRequest = new HashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    private final List<RequestId> placeRequests = new ArrayList<>();
    private final ArmedFaults faults = new ArmedFaults();
    private volatile PartnerCenterException failure;
    private volatile boolean appOnly;
    private final AtomicInteger orderReads = new AtomicInteger();

    public FakePartnerCenterOrders(InstantSource clock) {
        this.clock = clock;
    }

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

    /** Every read fails this way. */
    public FakePartnerCenterOrders failWith(PartnerCenterException failure) {
        this.failure = failure;
        return this;
    }

    /** Answers again, after {@link #failWith}. */
    public FakePartnerCenterOrders recover() {
        this.failure = null;
        return this;
    }

    /** The next placing fails this way, without doing anything. */
    public synchronized FakePartnerCenterOrders failNextPlacing(PartnerCenterException failure) {
        faults.failNext(failure);
        return this;
    }

    /** The next placing places the order, then fails this way: the answer is lost. */
    public synchronized FakePartnerCenterOrders loseNextPlacingAnswer(PartnerCenterException failure) {
        faults.loseNextAnswer(failure);
        return this;
    }

    /** The next placing does its work and answers, but first {@code meanwhile} happens (the caller's database goes away, say). */
    public synchronized FakePartnerCenterOrders beforeNextPlacingAnswer(Runnable meanwhile) {
        faults.beforeNextAnswer(meanwhile);
        return this;
    }

    /** What Partner Center says of the order's activation links, line by line. */
    public FakePartnerCenterOrders activationLinks(OrderId orderId, List<ActivationLinks> links) {
        activationLinks.put(orderId, List.copyOf(links));
        return this;
    }

    /** Whether Partner Center is called by the application alone, without a user (app-only), or App+User (the default). */
    public FakePartnerCenterOrders calledAppOnly(boolean appOnly) {
        this.appOnly = appOnly;
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

    /** What {@link #activationLinks} said of the order (none when nothing), when the order (and the line) is the customer's. */
    @Override
    public Optional<List<ActivationLinks>> activationLinks(CustomerId customerId, OrderId orderId, OptionalInt lineItemNumber) {
        return order(customerId, orderId)
                .filter(order -> lineItemNumber.isEmpty() || order.lineItems().stream()
                        .anyMatch(line -> line.lineItemNumber() == lineItemNumber.getAsInt()))
                .map(order -> activationLinks.getOrDefault(orderId, List.of()).stream()
                        .filter(links -> lineItemNumber.isEmpty() || links.lineItemNumber() == lineItemNumber.getAsInt()).toList());
    }

    @Override
    public synchronized Order place(ValidatedOrder order, RequestId requestId) {
        placeRequests.add(requestId);
        if (appOnly && order.lineItems().stream().anyMatch(line -> line.partnerIdOnRecord().isPresent())) {
            throw new PartnerCenterException.Forbidden("900150", "This operation needs an App+User token.");
        }
        faults.beforeTheWork();
        Order placed = placedByRequest.computeIfAbsent(requestId, id -> {
            Order made = order.placedAs(OrderId.of(UUID.randomUUID().toString()), OrderStatus.PENDING, clock.instant());
            unlisted.add(made);
            placements.add(new Placement(made.id(), requestId, order.customerId()));
            return made;
        });
        faults.afterTheWork();
        return placed;
    }

    @Override
    public void requireAppPlusUser() {
        if (appOnly) {
            throw new PartnerCenterException.Forbidden("900150", "Partner Center takes this order only from App+User callers; "
                    + "this service calls it app-only.");
        }
    }

    /** How many times one order was asked for by id, failed attempts included. */
    public int orderReads() {
        return orderReads.get();
    }

    /** The direct orders really placed, in order. */
    public synchronized List<Placement> placements() {
        return List.copyOf(placements);
    }

    /** The request id of every call to place an order, failed ones included. */
    public synchronized List<RequestId> placeRequests() {
        return List.copyOf(placeRequests);
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }
}
