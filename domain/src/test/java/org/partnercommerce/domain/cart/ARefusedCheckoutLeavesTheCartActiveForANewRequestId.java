package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.cart.CartFixtures.OTHER_REQUEST;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ARefusedCheckoutLeavesTheCartActiveForANewRequestId {

    @Test
    void after_a_definite_refusal_the_next_checkout_starts_afresh() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, NOW);

        cart.recordCheckoutRefusal("800009", "Error in Cart item(s)", NOW.plusSeconds(2));

        assertThat(cart.status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(cart.checkout()).isEqualTo(new CheckoutState.NotStarted(Optional.of(
                new CheckoutRefusal(REQUEST, "800009", "Error in Cart item(s)", NOW.plusSeconds(2)))));
        assertThat(cart.startCheckout(OTHER_REQUEST, NOW.plusSeconds(9)))
                .isEqualTo(new CheckoutStep.Started(new CheckoutAttempt(OTHER_REQUEST, NOW.plusSeconds(9))));
    }
}
