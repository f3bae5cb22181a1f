package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.cart.CartFixtures.OTHER_REQUEST;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import org.junit.jupiter.api.Test;

class APendingCheckoutIsDrivenToItsEndWithTheSameRequestId {

    @Test
    void asking_again_with_a_new_request_id_resumes_with_the_first_one() {
        Cart cart = CartFixtures.newCart();
        cart.startCheckout(REQUEST, NOW);

        CheckoutStep again = cart.startCheckout(OTHER_REQUEST, NOW.plusSeconds(30));

        assertThat(again).isInstanceOfSatisfying(CheckoutStep.Resumed.class,
                resumed -> assertThat(resumed.attempt().requestId()).isEqualTo(REQUEST));
        assertThat(cart.checkout()).isEqualTo(new CheckoutState.Pending(new CheckoutAttempt(REQUEST, NOW)));
    }
}
