package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.cart.CartFixtures.CART_ID;
import static org.partnercommerce.domain.cart.CartFixtures.REQUEST;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.shared.CartStateViolation;

class PartnerCentersAnswerOnEachLineWinsOverOurs {

    private static final Pricing PRICE = new Pricing(Money.of("30.4", "USD"), Money.of("30.4", "USD"), Money.of("30.4", "USD"),
            Money.of("30.4", "USD"), Money.of("364.8", "USD"));

    @Test
    void its_group_currency_and_price_are_kept() {
        Cart cart = Cart.create(CART_ID, CartFixtures.twoGroups(), List.of(
                LineConfirmation.accepted(0, OrderGroup.of("7"), CurrencyCode.of("USD"), PRICE)), NOW, Optional.empty(), Optional.empty());

        assertThat(cart.lineItem(0).orderGroup()).isEqualTo(OrderGroup.of("7"));
        assertThat(cart.lineItem(0).pricing()).contains(PRICE);
        assertThat(cart.lineItem(1).orderGroup()).isEqualTo(OrderGroup.of("1"));
        assertThat(cart.lineItem(1).pricing()).isEmpty();
    }

    @Test
    void a_line_error_it_reports_blocks_checkout_until_an_update_clears_it() {
        Cart cart = Cart.create(CART_ID, CartFixtures.twoGroups(), List.of(
                LineConfirmation.failed(1, new CartError(10015, "Seat limit", Map.of("availableQuantity", "2")))), NOW, Optional.empty(), Optional.empty());

        assertThat(cart.lineItem(1).error()).map(CartError::errorCode).contains(10015);
        assertThatThrownBy(() -> cart.startCheckout(REQUEST, NOW))
                .isInstanceOfSatisfying(CartStateViolation.CartHasLineErrors.class, errors -> {
                    assertThat(errors.code()).isEqualTo("800009");
                    assertThat(errors.getMessage()).contains("[1]");
                });

        cart.update(CartFixtures.twoGroups(), NOW.plusSeconds(60));

        assertThat(cart.lineItems()).extracting(CartLineItem::error).containsOnly(Optional.empty());
        assertThat(cart.startCheckout(REQUEST, NOW.plusSeconds(61))).isInstanceOf(CheckoutStep.Started.class);
    }

    @Test
    void a_confirmation_of_a_line_the_cart_does_not_have_is_a_mistake() {
        assertThatThrownBy(() -> Cart.create(CART_ID, CartFixtures.twoGroups(),
                List.of(LineConfirmation.failed(2, CartError.of(10006, "?"))), NOW, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
