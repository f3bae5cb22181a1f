package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.state.StateChanges;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/** Every order placed, by id; and the ids new orders get. */
public final class Orders {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConcurrentMap<String, Order> orders = new ConcurrentHashMap<>();
    private final StateChanges changes;

    public Orders(StateChanges changes) {
        this.changes = changes;
    }

    public void addAll(List<Order> placed) {
        placed.forEach(order -> {
            if (orders.putIfAbsent(key(order.id()), order) != null) {
                throw new IllegalStateException("Order id " + order.id() + " is taken");
            }
        });
        changes.changed();
    }

    /** The customer's order, or 404/20000. */
    public Order existing(String customerId, String orderId) {
        Order order = orders.get(key(orderId));
        if (order == null || !order.customerId().equalsIgnoreCase(customerId)) {
            throw PartnerCenterFault.orderNotFound(orderId);
        }
        return order;
    }

    /** The orders a checkout of the cart placed, by order group. */
    public Map<String, Order> ofCart(String customerId, String cartId) {
        return orders.values().stream()
                .filter(order -> order.customerId().equalsIgnoreCase(customerId) && cartId.equalsIgnoreCase(order.cartId()))
                .collect(Collectors.toMap(Order::orderGroup, order -> order));
    }

    /**
     * Completes the order's provisioning at {@code now} if it is still pending (the control API's
     * "provision now"); the order as it then is, or none when no order has the id.
     */
    public Optional<Order> provisionNow(String orderId, Instant now) {
        Order provisioned = orders.computeIfPresent(key(orderId), (key, order) -> order.provisionedBy(now));
        if (provisioned != null) {
            changes.changed();
        }
        return Optional.ofNullable(provisioned);
    }

    /** The customer's orders, newest first. */
    public List<Order> ofCustomer(String customerId) {
        return orders.values().stream()
                .filter(order -> order.customerId().equalsIgnoreCase(customerId))
                .sorted(Comparator.comparing(Order::creationDate).thenComparing(Order::id).reversed())
                .toList();
    }

    /**
     * A new-commerce order id: 12 hex characters, also its {@code alternateId} (as in the
     * 2023 samples). Not yet taken.
     */
    public String newModernId() {
        String id;
        do {
            id = HexFormat.of().formatHex(randomBytes());
        } while (orders.containsKey(key(id)));
        return id;
    }

    /** A legacy order id: a GUID, also its {@code alternateId}. */
    public String newLegacyId() {
        return UUID.randomUUID().toString();
    }

    public List<Order> all() {
        return orders.values().stream().sorted(Comparator.comparing(Order::creationDate).thenComparing(Order::id)).toList();
    }

    public void restore(List<Order> restored) {
        orders.clear();
        restored.forEach(order -> orders.put(key(order.id()), order));
    }

    public void clear() {
        orders.clear();
        changes.changed();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String key(String orderId) {
        return orderId.toLowerCase(Locale.ROOT);
    }
}
