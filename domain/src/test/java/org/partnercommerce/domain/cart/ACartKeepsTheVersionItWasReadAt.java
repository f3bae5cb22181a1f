package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.CheckoutResult;

class ACartKeepsTheVersionItWasReadAt {

    private static Cart readAt(long version) {
        Cart cart = CartFixtures.newCart();
        return Cart.restore(cart.id(), cart.customerId(), cart.lineItems(), cart.partnerOnRecordAttestationAccepted(),
                cart.createdAt(), cart.lastModifiedAt(), cart.lastModifiedUser(), cart.expiresAt(), cart.checkout(), version);
    }

    @Test
    void a_new_cart_is_at_version_0() {
        assertThat(CartFixtures.newCart().version()).isZero();
    }

    @Test
    void a_restored_cart_is_at_the_version_it_was_kept_at() {
        assertThat(readAt(41).version()).isEqualTo(41);
    }

    @Test
    void no_change_moves_the_version() {
        Cart updated = readAt(7);
        updated.update(CartFixtures.twoGroups(), NOW.plusSeconds(1));
        Cart ordered = readAt(7);
        ordered.startCheckout(REQUEST, NOW.plusSeconds(2));
        ordered.recordCheckout(new CheckoutResult(List.of(), List.of()), NOW.plusSeconds(3));
        Cart refused = readAt(7);
        refused.startCheckout(REQUEST, NOW.plusSeconds(2));
        refused.recordCheckoutRefusal("800009", "Error in Cart item(s)", NOW.plusSeconds(3));

        assertThat(List.of(updated, ordered, refused)).extracting(Cart::version).containsOnly(7L);
    }

    @Test
    void a_negative_version_is_not_restored() {
        assertThatThrownBy(() -> readAt(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
