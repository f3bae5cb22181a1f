package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.order.CheckoutOutcome;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderStatus;

class ACheckoutResultHoldsAnOrderPerSuccessfulGroupAndAnErrorPerFailedOne {

    @Test
    void partial_success_makes_the_orders_that_could_be_made_and_reports_the_others() {
        Cart cart = CartFixtures.newCart();

        CheckoutResult result = GroupCheckout.resultFor(cart, group -> group.group().equals(OrderGroup.of("0"))
                ? new GroupOutcome.Ordered(OrderId.of("a68736758d9c"), OrderStatus.PENDING, NOW)
                : new GroupOutcome.Failed(800087, "There is an issue with the line item."));

        assertThat(result.outcome()).isEqualTo(CheckoutOutcome.SOME_GROUPS_ORDERED);
        assertThat(result.orders()).singleElement().satisfies(order -> {
            assertThat(order.id()).isEqualTo(OrderId.of("a68736758d9c"));
            assertThat(order.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
            assertThat(order.currency()).contains(CurrencyCode.of("USD"));
            assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.creationDate()).isEqualTo(NOW);
            assertThat(order.referenceCustomerId()).isEqualTo(cart.customerId());
        });
        assertThat(result.orderErrors()).containsExactly(new OrderError(OrderGroup.of("1"), 800087, "There is an issue with the line item."));
        assertThat(result.errorOf(OrderGroup.of("1"))).isPresent();
        assertThat(result.errorOf(OrderGroup.of("0"))).isEmpty();
    }

    @Test
    void every_group_failing_orders_nothing() {
        CheckoutResult result = GroupCheckout.resultFor(CartFixtures.newCart(), group -> new GroupOutcome.Failed(4018, "No."));

        assertThat(result.outcome()).isEqualTo(CheckoutOutcome.NO_GROUP_ORDERED);
        assertThat(result.orders()).isEmpty();
        assertThat(result.orderErrors()).extracting(OrderError::orderGroupId).containsExactly(OrderGroup.of("0"), OrderGroup.of("1"));
    }

    @Test
    void every_group_succeeding_orders_everything() {
        CheckoutResult result = GroupCheckout.resultFor(CartFixtures.newCart(),
                group -> new GroupOutcome.Ordered(OrderId.of("order-" + group.group()), OrderStatus.PENDING, NOW));

        assertThat(result.outcome()).isEqualTo(CheckoutOutcome.ALL_GROUPS_ORDERED);
        assertThat(result.orders()).extracting(Order::currency).containsOnly(Optional.of(CurrencyCode.of("USD")));
    }
}
