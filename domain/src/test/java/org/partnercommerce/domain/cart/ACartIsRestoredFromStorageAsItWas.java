package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.CheckoutResult;

class ACartIsRestoredFromStorageAsItWas {

    private static Cart copyOf(Cart cart) {
        return Cart.restore(cart.id(), cart.customerId(), cart.lineItems(), cart.partnerOnRecordAttestationAccepted(),
                cart.createdAt(), cart.lastModifiedAt(), cart.lastModifiedUser(), cart.expiresAt(), cart.checkout(), 3);
    }

    @Test
    void a_pending_checkout_comes_back_with_its_request_id() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, NOW.plusSeconds(5));

        Cart restored = copyOf(cart);

        assertThat(restored.checkout()).isEqualTo(new CheckoutState.Pending(new CheckoutAttempt(REQUEST, NOW.plusSeconds(5))));
        assertThat(restored.startCheckout(CartFixtures.OTHER_REQUEST, NOW.plusSeconds(9)))
                .isEqualTo(new CheckoutStep.Resumed(new CheckoutAttempt(REQUEST, NOW.plusSeconds(5))));
        assertThat(restored.lineItems()).isEqualTo(cart.lineItems());
        assertThat(restored.expiresAt()).isEqualTo(cart.expiresAt());
        assertThat(restored.version()).isEqualTo(3);
    }

    @Test
    void an_ordered_cart_comes_back_ordered_with_its_result() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, NOW);
        CheckoutResult result = CartFixtures.checkedOut(cart);
        cart.recordCheckout(result, NOW.plusSeconds(30));

        Cart restored = copyOf(cart);

        assertThat(restored.status()).isEqualTo(CartStatus.ORDERED);
        assertThat(restored.startCheckout(CartFixtures.OTHER_REQUEST, NOW)).isEqualTo(new CheckoutStep.AlreadyOrdered(result));
        assertThat(restored.lastModifiedAt()).isEqualTo(NOW.plusSeconds(30));
    }
}
