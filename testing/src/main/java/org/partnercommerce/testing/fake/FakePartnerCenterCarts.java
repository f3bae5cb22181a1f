package org.partnercommerce.testing.fake;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.CartLineItem;
import org.partnercommerce.domain.cart.GroupCheckout;
import org.partnercommerce.domain.cart.GroupOutcome;
import org.partnercommerce.domain.cart.LineConfirmation;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderStatus;

/**
 * Partner Center's carts in memory, as the documentation describes them: a repeated request
 * id is answered as the first time; checkout is idempotent per cart, but for the order groups
 * that failed, which a checkout with a new request id re-attempts (the answer is the cart's
 * whole result: every order it made, the errors of the groups still failing); every order
 * really created is journaled. Faults can be armed: fail before doing the work, or do the
 * work and then fail (a lost response); an order group can be made to fail at checkout.
 */
public final class FakePartnerCenterCarts implements PartnerCenterCarts {

    /** An order really created by a checkout. */
    public record Purchase(CartId cartId, OrderId orderId, RequestId requestId) {
    }

    /** The order error code of a group made to fail. */
    public static final int GROUP_FAILED = 800003;

    private final InstantSource clock;
    private final Map<CartId, Cart> carts = new HashMap<>();
    private final Map<CartId, Map<OrderGroup, GroupOutcome.Ordered>> ordered = new HashMap<>();
    private final Map<RequestId, CheckoutResult> checkoutAnswers = new HashMap<>();
    private final Map<OrderGroup, Integer> groupFailures = new HashMap<>();
    private final Map<RequestId, PartnerCenterCart> answered = new HashMap<>();
    private final Map<Integer, CartError> lineErrors = new HashMap<>();
    private final ArmedFaults faults = new ArmedFaults();
    private final List<Purchase> purchases = new ArrayList<>();
    private final List<RequestId> checkoutRequests = new ArrayList<>();
    private int createCalls;
    private int updateCalls;

    public FakePartnerCenterCarts(InstantSource clock) {
        this.clock = clock;
    }

    /** The next call fails this way, without doing anything. */
    public synchronized FakePartnerCenterCarts failNext(PartnerCenterException failure) {
        faults.failNext(failure);
        return this;
    }

    /** The next call does its work, then fails this way: the answer is lost. */
    public synchronized FakePartnerCenterCarts loseNextAnswer(PartnerCenterException failure) {
        faults.loseNextAnswer(failure);
        return this;
    }

    /** The next call does its work and answers, but first {@code meanwhile} happens (the caller's database goes away, say). */
    public synchronized FakePartnerCenterCarts beforeNextAnswer(Runnable meanwhile) {
        faults.beforeNextAnswer(meanwhile);
        return this;
    }

    /** Partner Center sets this error on the line of the next carts it creates or updates. */
    public synchronized FakePartnerCenterCarts reportOnLine(int lineId, CartError error) {
        lineErrors.put(lineId, error);
        return this;
    }

    /** The order of this group fails (an {@code orderErrors} entry, {@link #GROUP_FAILED}) at the next {@code times} checkouts that attempt it. */
    public synchronized FakePartnerCenterCarts failGroup(OrderGroup group, int times) {
        groupFailures.put(group, times);
        return this;
    }

    public synchronized List<Purchase> purchases() {
        return List.copyOf(purchases);
    }

    public synchronized List<RequestId> checkoutRequests() {
        return List.copyOf(checkoutRequests);
    }

    public synchronized int createCalls() {
        return createCalls;
    }

    public synchronized int updateCalls() {
        return updateCalls;
    }

    @Override
    public synchronized PartnerCenterCart create(ValidatedCart content, RequestId requestId) {
        createCalls++;
        faults.beforeTheWork();
        PartnerCenterCart answer = answered.computeIfAbsent(requestId, id -> {
            Cart cart = Cart.create(CartId.of(UUID.randomUUID().toString()), content, clock.instant());
            carts.put(cart.id(), cart);
            return answer(cart, content);
        });
        faults.afterTheWork();
        return answer;
    }

    @Override
    public synchronized PartnerCenterCart update(CartId cartId, ValidatedCart content, RequestId requestId) {
        updateCalls++;
        faults.beforeTheWork();
        PartnerCenterCart answer = answered.computeIfAbsent(requestId, id -> {
            Cart cart = carts.get(cartId);
            if (cart == null) {
                throw new PartnerCenterException.NotFound("800008", "Unable to retrieve cart " + cartId);
            }
            cart.update(content, clock.instant());
            return answer(cart, content);
        });
        faults.afterTheWork();
        return answer;
    }

    @Override
    public synchronized CheckoutResult checkout(CustomerId customerId, CartId cartId, RequestId requestId) {
        checkoutRequests.add(requestId);
        faults.beforeTheWork();
        Cart cart = carts.get(cartId);
        if (cart == null || !cart.customerId().equals(customerId)) {
            throw new PartnerCenterException.NotFound("800008", "Unable to retrieve cart " + cartId);
        }
        CheckoutResult result = checkoutAnswers.computeIfAbsent(requestId, id -> {
            Map<OrderGroup, GroupOutcome.Ordered> groups = ordered.computeIfAbsent(cartId, any -> new HashMap<>());
            return GroupCheckout.resultFor(cart, lines -> {
                GroupOutcome.Ordered before = groups.get(lines.group());
                if (before != null) {
                    return before;
                }
                int failures = groupFailures.getOrDefault(lines.group(), 0);
                if (failures > 0) {
                    groupFailures.put(lines.group(), failures - 1);
                    return new GroupOutcome.Failed(GROUP_FAILED, "The order of group " + lines.group() + " could not be placed.");
                }
                GroupOutcome.Ordered made = new GroupOutcome.Ordered(newOrderId(), OrderStatus.PENDING, clock.instant());
                groups.put(lines.group(), made);
                purchases.add(new Purchase(cartId, made.orderId(), requestId));
                return made;
            });
        });
        faults.afterTheWork();
        return result;
    }

    private PartnerCenterCart answer(Cart cart, ValidatedCart content) {
        List<LineConfirmation> lines = new ArrayList<>();
        for (CartLineItem item : content.lineItems()) {
            CartError error = lineErrors.get(item.id());
            lines.add(error != null
                    ? LineConfirmation.failed(item.id(), error)
                    : LineConfirmation.accepted(item.id(), item.orderGroup(), item.currency().orElse(null), item.pricing().orElse(null)));
        }
        return new PartnerCenterCart(cart.id(), cart.createdAt(), Optional.of(cart.expiresAt()), lines);
    }

    private static OrderId newOrderId() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return OrderId.of(HexFormat.of().formatHex(bytes));
    }
}
