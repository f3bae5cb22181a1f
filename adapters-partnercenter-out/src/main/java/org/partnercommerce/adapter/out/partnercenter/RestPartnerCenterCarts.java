package org.partnercommerce.adapter.out.partnercenter;

import static org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterAnswers.readable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.partnercommerce.adapter.out.partnercenter.cart.CartDto;
import org.partnercommerce.adapter.out.partnercenter.cart.CartRequestDto;
import org.partnercommerce.adapter.out.partnercenter.cart.PartnerCenterCartClient;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterClients;
import org.partnercommerce.adapter.out.partnercenter.order.CheckoutResultDto;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.CheckoutResult;

/**
 * Partner Center's carts over its REST API: create, update (replaces every line) and checkout.
 *
 * <p><b>Why these POSTs and PUTs may be retried.</b> The one call path retries 408, 429, 5xx and
 * I/O failures (a lost answer, a read timeout) whatever the method. For a purchase that is safe
 * only because every attempt of one call carries the same {@code MS-RequestId} — the caller's,
 * passed to {@link PartnerCenterCalls#call(String, String, java.util.function.Function)} once, never
 * minted here — so that Partner Center answers a repeat with its first answer instead of creating
 * a second cart or placing a second order. The body is built once, before the first attempt, so
 * every attempt sends the same request. Nothing here may mint a request id: a new one would turn a
 * retry into a second purchase.
 */
@ApplicationScoped
public class RestPartnerCenterCarts implements PartnerCenterCarts {

    private final PartnerCenterCalls calls;
    private final PartnerCenterCartClient client;

    @Inject
    public RestPartnerCenterCarts(PartnerCenterCalls calls, PartnerCenterConfig config) {
        this(calls, PartnerCenterClients.build(PartnerCenterCartClient.class, config));
    }

    public RestPartnerCenterCarts(PartnerCenterCalls calls, PartnerCenterCartClient client) {
        this.calls = calls;
        this.client = client;
    }

    @Override
    public PartnerCenterCart create(ValidatedCart cart, RequestId requestId) {
        Objects.requireNonNull(requestId, "requestId");
        String customerId = cart.customerId().value();
        CartRequestDto body = CartRequestDto.from(cart);
        // The caller's request id, on every attempt (see the class comment).
        CartDto created = calls.call("POST cart", requestId.value(), headers -> client.create(headers, customerId, body));
        return readable("a created cart", () -> created.toDomain());
    }

    @Override
    public PartnerCenterCart update(CartId cartId, ValidatedCart cart, RequestId requestId) {
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(requestId, "requestId");
        String customerId = cart.customerId().value();
        CartRequestDto body = CartRequestDto.from(cart);
        // The caller's request id, on every attempt (see the class comment).
        CartDto updated = calls.call("PUT cart", requestId.value(), headers -> client.update(
                headers, customerId, cartId.value(), body));
        return readable("an updated cart", () -> updated.toDomain());
    }

    /**
     * Checkout is the purchase. Retried only with the caller's request id (see the class comment); a
     * checkout of a cart already checked out answers the first result again, so a caller that lost
     * the answer may also call again later with the same cart and request id.
     */
    @Override
    public CheckoutResult checkout(CustomerId customerId, CartId cartId, RequestId requestId) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(requestId, "requestId");
        CheckoutResultDto result = calls.call("POST checkout", requestId.value(), headers -> client.checkout(
                headers, customerId.value(), cartId.value()));
        return readable("a checkout result", () -> result.toDomain(customerId));
    }
}
