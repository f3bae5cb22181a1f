package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.cart.CartFixtures.OTHER_REQUEST;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;

class CheckingOutAnOrderedCartAgainAnswersTheSameResult {

    private static final CheckoutResult FIRST = CartFixtures.checkedOut(CartFixtures.newCart());
    private static final CheckoutResult SECOND = new CheckoutResult(List.of(), List.of(new OrderError(OrderGroup.of("0"), 800087, "x")));

    @Test
    void a_second_checkout_answers_the_first_result_without_calling_anyone() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(FIRST, NOW);

        assertThat(cart.startCheckout(OTHER_REQUEST, NOW.plusSeconds(100))).isEqualTo(new CheckoutStep.AlreadyOrdered(FIRST));
    }

    @Test
    void recording_a_result_again_keeps_the_first() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(FIRST, NOW);

        assertThat(cart.recordCheckout(SECOND, NOW.plusSeconds(5))).isSameAs(FIRST);
        assertThat(cart.checkout()).isInstanceOfSatisfying(CheckoutState.Completed.class, completed -> {
            assertThat(completed.result()).isSameAs(FIRST);
            assertThat(completed.completedAt()).isEqualTo(NOW);
        });
    }
}
