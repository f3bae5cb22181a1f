package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.shared.CartStateViolation;

class CheckoutMovesAnActiveCartToPendingWithItsRequestId {

    @Test
    void an_active_cart_starts_a_checkout_with_the_request_id_given() {
        Cart cart = CartFixtures.newCart();

        CheckoutStep step = cart.startCheckout(REQUEST, NOW.plusSeconds(10));

        CheckoutAttempt attempt = new CheckoutAttempt(REQUEST, NOW.plusSeconds(10));
        assertThat(step).isEqualTo(new CheckoutStep.Started(attempt));
        assertThat(cart.checkout()).isEqualTo(new CheckoutState.Pending(attempt));
        assertThat(cart.status()).isEqualTo(CartStatus.ACTIVE);
    }

    @Test
    void recording_the_result_orders_the_cart() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, NOW);
        CheckoutResult result = new CheckoutResult(List.of(), List.of());

        assertThat(cart.recordCheckout(result, NOW.plusSeconds(3))).isSameAs(result);
        assertThat(cart.status()).isEqualTo(CartStatus.ORDERED);
        assertThat(cart.checkout()).isEqualTo(new CheckoutState.Completed(new CheckoutAttempt(REQUEST, NOW), result, NOW.plusSeconds(3)));
    }

    @Test
    void a_result_cannot_be_recorded_for_a_checkout_that_never_started() {
        Cart cart = CartFixtures.newCart();

        assertThatThrownBy(() -> cart.recordCheckout(new CheckoutResult(List.of(), List.of()), NOW))
                .isInstanceOf(CartStateViolation.CheckoutNotStarted.class);
        assertThatThrownBy(() -> cart.recordCheckoutRefusal("800009", "Error in cart items", NOW))
                .isInstanceOf(CartStateViolation.CheckoutNotStarted.class);
    }
}
