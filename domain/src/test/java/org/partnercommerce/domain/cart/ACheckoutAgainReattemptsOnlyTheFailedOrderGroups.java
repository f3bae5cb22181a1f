package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnercommerce.domain.cart.CartFixtures.OTHER_REQUEST;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.shared.CartStateViolation;

class ACheckoutAgainReattemptsOnlyTheFailedOrderGroups {

    private static final RequestId THIRD_REQUEST = RequestId.of("0d7a1c55-6b44-4f59-9d35-2b3f4c5d6e7f");

    private final Cart cart = CartFixtures.newCart();
    private final CheckoutResult groupOneFailed = CartFixtures.checkedOut(cart, "1");
    private final CheckoutResult everyGroupOrdered = CartFixtures.checkedOut(cart);

    @Test
    void a_cart_whose_checkout_left_a_failed_group_is_still_active_and_shows_each_group() {
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(groupOneFailed, NOW.plusSeconds(2));

        assertThat(cart.status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(cart.orderGroupStates()).extracting(OrderGroupState::group, OrderGroupState::status).containsExactly(
                tuple(OrderGroup.of("0"), OrderGroupState.Status.ORDERED),
                tuple(OrderGroup.of("1"), OrderGroupState.Status.FAILED));
        assertThat(cart.orderGroupStates().get(1).error()).map(OrderError::code).contains(800003);
    }

    @Test
    void checking_out_again_starts_a_reattempt_with_a_new_request_id_and_the_result_so_far() {
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(groupOneFailed, NOW.plusSeconds(2));

        CheckoutStep step = cart.startCheckout(OTHER_REQUEST, NOW.plusSeconds(60), Optional.of("reseller-app"));

        assertThat(step).isEqualTo(new CheckoutStep.Started(new CheckoutAttempt(OTHER_REQUEST, NOW.plusSeconds(60))));
        assertThat(cart.checkout()).isInstanceOfSatisfying(CheckoutState.Pending.class, pending -> {
            assertThat(pending.isReattempt()).isTrue();
            assertThat(pending.earlier()).contains(groupOneFailed);
        });
        assertThat(cart.orderGroupStates()).extracting(OrderGroupState::status)
                .containsExactly(OrderGroupState.Status.ORDERED, OrderGroupState.Status.PENDING);
        assertThat(cart.lastModifiedUser()).contains("reseller-app");
        assertThat(cart.startCheckout(THIRD_REQUEST, NOW.plusSeconds(61))).isEqualTo(new CheckoutStep.Resumed(
                new CheckoutAttempt(OTHER_REQUEST, NOW.plusSeconds(60))));
    }

    @Test
    void a_successful_reattempt_orders_the_cart_and_keeps_the_first_order_once() {
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(groupOneFailed, NOW.plusSeconds(2));
        cart.startCheckout(OTHER_REQUEST, NOW.plusSeconds(60));

        // Partner Center answers the cart's whole result: the first group's order again, and the second's
        CheckoutResult made = cart.recordCheckout(everyGroupOrdered, NOW.plusSeconds(62));

        assertThat(made.orders()).extracting(Order::id).containsExactlyElementsOf(
                everyGroupOrdered.orders().stream().map(Order::id).toList());
        assertThat(made.orderErrors()).isEmpty();
        assertThat(cart.status()).isEqualTo(CartStatus.ORDERED);
        assertThat(made.ordersBeyond(Optional.of(groupOneFailed))).extracting(Order::id)
                .containsExactly(everyGroupOrdered.orders().get(1).id());
        assertThat(cart.startCheckout(THIRD_REQUEST, NOW.plusSeconds(90))).isEqualTo(new CheckoutStep.AlreadyOrdered(made));
    }

    @Test
    void a_reattempt_answered_with_only_the_new_order_merges_with_the_earlier_result() {
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(groupOneFailed, NOW.plusSeconds(2));
        cart.startCheckout(OTHER_REQUEST, NOW.plusSeconds(60));

        CheckoutResult onlyTheNewOrder = new CheckoutResult(List.of(everyGroupOrdered.orders().get(1)), List.of());
        CheckoutResult made = cart.recordCheckout(onlyTheNewOrder, NOW.plusSeconds(62));

        assertThat(made).isEqualTo(everyGroupOrdered);
    }

    @Test
    void a_group_that_was_ordered_never_becomes_failed_again() {
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(groupOneFailed, NOW.plusSeconds(2));
        cart.startCheckout(OTHER_REQUEST, NOW.plusSeconds(60));

        CheckoutResult bothFailing = CartFixtures.checkedOut(cart, "0", "1");
        CheckoutResult made = cart.recordCheckout(bothFailing, NOW.plusSeconds(62));

        assertThat(made.orders()).isEqualTo(groupOneFailed.orders());
        assertThat(made.orderErrors()).extracting(OrderError::orderGroupId).containsExactly(OrderGroup.of("1"));
        assertThat(cart.status()).isEqualTo(CartStatus.ACTIVE);
    }

    @Test
    void a_refused_reattempt_leaves_the_cart_as_the_first_checkout_left_it() {
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(groupOneFailed, NOW.plusSeconds(2));
        cart.startCheckout(OTHER_REQUEST, NOW.plusSeconds(60));

        cart.recordCheckoutRefusal("800002", "Invalid request", NOW.plusSeconds(61));

        assertThat(cart.checkoutResult()).contains(groupOneFailed);
        assertThat(cart.checkout()).isInstanceOf(CheckoutState.Completed.class);
        assertThat(cart.startCheckout(THIRD_REQUEST, NOW.plusSeconds(70))).isInstanceOf(CheckoutStep.Started.class);
    }

    @Test
    void an_expired_cart_is_not_reattempted_and_a_checked_out_cart_cannot_change() {
        cart.startCheckout(REQUEST, NOW);
        cart.recordCheckout(groupOneFailed, NOW.plusSeconds(2));

        assertThatThrownBy(() -> cart.startCheckout(OTHER_REQUEST, cart.expiresAt()))
                .isInstanceOf(CartStateViolation.CartExpired.class);
        assertThatThrownBy(() -> cart.requireUpdatable(NOW.plusSeconds(5)))
                .isInstanceOf(CartStateViolation.CartAlreadyOrdered.class);
    }
}
