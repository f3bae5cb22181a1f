package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ANewCartIsActiveAndExpiresSevenDaysAfterCreation {

    @Test
    void it_is_active_with_no_checkout_and_expires_seven_days_later() {
        Cart cart = CartFixtures.newCart();

        assertThat(cart.status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(cart.checkout()).isEqualTo(CheckoutState.notStarted());
        assertThat(cart.createdAt()).isEqualTo(NOW);
        assertThat(cart.lastModifiedAt()).isEqualTo(NOW);
        assertThat(cart.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void it_is_expired_from_that_instant_on() {
        Cart cart = CartFixtures.newCart();

        assertThat(cart.isExpiredAt(NOW.plus(Duration.ofDays(7)).minusMillis(1))).isFalse();
        assertThat(cart.isExpiredAt(NOW.plus(Duration.ofDays(7)))).isTrue();
    }
}
