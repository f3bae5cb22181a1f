package org.partnercommerce.testing.fake;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderStatus;

/**
 * Partner Center's carts in memory, as the documentation describes them: a repeated request
 * id is answered as the first time; checkout is idempotent per cart; every order really
 * created is journaled. Faults can be armed: fail before doing the work, or do the work and
 * then fail (a lost response).
 */
public final class FakePartnerCenterCarts implements PartnerCenterCarts {

    /** An order really created by a checkout. */
    public record Purchase(CartId cartId, OrderId orderId, RequestId requestId) {
    }

    private final InstantSource clock;
    private final Map<CartId, Cart> carts = new HashMap<>();
    private final Map<CartId, CheckoutResult> checkedOut = new HashMap<>();
    private final Map<RequestId, PartnerCenterCart> answered = new HashMap<>();
    private final Map<Integer, CartError> lineErrors = new HashMap<>();
    private final ArmedFaults faults = new ArmedFaults();
    private final List<Purchase> purchases = new ArrayList<>();
    private final List<RequestId> checkoutRequests = new ArrayList<>();
    private int createCalls;

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

    /** Partner Center sets this error on the line of the next carts it creates or updates. */
    public synchronized FakePartnerCenterCarts reportOnLine(int lineId, CartError error) {
        lineErrors.put(lineId, error);
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
        CheckoutResult result = checkedOut.computeIfAbsent(cartId, id -> {
            CheckoutResult made = GroupCheckout.resultFor(cart, group -> new GroupOutcome.Ordered(
                    newOrderId(), OrderStatus.PENDING, clock.instant()));
            for (Order order : made.orders()) {
                purchases.add(new Purchase(cartId, order.id(), requestId));
            }
            return made;
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
        return new PartnerCenterCart(cart.id(), cart.createdAt(), lines);
    }

    private static OrderId newOrderId() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return OrderId.of(HexFormat.of().formatHex(bytes));
    }
}
