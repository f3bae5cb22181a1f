package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.shared.CartStateViolation;

class AnOrderedCartCannotBeUpdated {

    @Test
    void an_update_of_an_ordered_cart_is_800065() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(new CheckoutResult(List.of(), List.of()), NOW);

        assertThatThrownBy(() -> cart.update(CartFixtures.twoGroups(), NOW))
                .isInstanceOfSatisfying(CartStateViolation.CartAlreadyOrdered.class,
                        ordered -> assertThat(ordered.code()).isEqualTo("800065"));
    }

    @Test
    void neither_can_a_cart_being_checked_out_800064() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, NOW);

        assertThatThrownBy(() -> cart.requireUpdatable(NOW))
                .isInstanceOfSatisfying(CartStateViolation.CheckoutInProgress.class,
                        pending -> assertThat(pending.code()).isEqualTo("800064"));
    }
}
