package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.cart.CartFixtures.CART_ID;
import static org.partnercommerce.domain.testing.Purchases.CUSTOMER;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.InvalidValue;

class ACartHasAtLeastOneLineNumberedFromZero {

    @Test
    void a_draft_without_lines_is_refused_with_3000() {
        assertThatThrownBy(() -> CartDraft.of(CUSTOMER, List.of()))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> {
                    assertThat(invalid.code()).isEqualTo("3000");
                    assertThat(invalid.field()).isEqualTo("lineItems");
                });
    }

    @Test
    void lines_are_numbered_0_to_n_minus_1_by_position() {
        assertThat(CartFixtures.newCart().lineItems()).extracting(CartLineItem::id).containsExactly(0, 1);
    }

    @Test
    void a_stored_cart_whose_lines_are_not_so_numbered_is_not_restored() {
        List<CartLineItem> items = CartFixtures.twoGroups().lineItems();
        List<CartLineItem> shuffled = List.of(items.get(1), items.get(0));

        assertThatThrownBy(() -> Cart.restore(CART_ID, CUSTOMER, shuffled, false, NOW, NOW, Optional.empty(), NOW.plus(Cart.LIFETIME),
                CheckoutState.notStarted(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cart.restore(CART_ID, CUSTOMER, List.of(), false, NOW, NOW, Optional.empty(), NOW.plus(Cart.LIFETIME),
                CheckoutState.notStarted(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
