package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.CartStateViolation;

class AnExpiredCartCanBeNeitherUpdatedNorCheckedOut {

    private static final Instant EXPIRY = NOW.plus(Cart.LIFETIME);

    @Test
    void an_update_at_or_after_the_expiry_is_refused() {
        Cart cart = CartFixtures.newCart();

        assertThatThrownBy(() -> cart.update(CartFixtures.twoGroups(), EXPIRY))
                .isInstanceOfSatisfying(CartStateViolation.CartExpired.class, expired -> {
                    assertThat(expired.code()).isEqualTo("cart-expired");
                    assertThat(expired.getMessage()).contains(cart.id().value(), EXPIRY.toString());
                });
        assertThatThrownBy(() -> cart.requireUpdatable(EXPIRY.plusSeconds(1))).isInstanceOf(CartStateViolation.CartExpired.class);
    }

    @Test
    void a_checkout_after_the_expiry_is_refused_and_the_cart_stays_as_it_was() {
        Cart cart = CartFixtures.newCart();

        assertThatThrownBy(() -> cart.startCheckout(REQUEST, EXPIRY)).isInstanceOf(CartStateViolation.CartExpired.class);
        assertThat(cart.checkout()).isEqualTo(CheckoutState.notStarted());
    }

    @Test
    void a_checkout_pending_before_the_expiry_is_still_driven_to_its_end() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, EXPIRY.minusSeconds(1));

        assertThat(cart.startCheckout(CartFixtures.OTHER_REQUEST, EXPIRY.plusSeconds(60)))
                .isEqualTo(new CheckoutStep.Resumed(new CheckoutAttempt(REQUEST, EXPIRY.minusSeconds(1))));
    }
}
