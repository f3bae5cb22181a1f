package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DocumentedExamples.mixedCart;
import static org.partnercommerce.domain.testing.DocumentedExamples.mixedCatalog;
import static org.partnercommerce.domain.testing.DocumentedExamples.mixedPurchase;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.order.CheckoutOutcome;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;

/**
 * {@code checkout-mixed.response.json}: the mixed cart's four groups make four orders —
 * the legacy Azure offer billed monthly, the one-time items together, the SaaS item, the
 * free trial — with their lines numbered from 0.
 */
class TheCheckoutExampleMakesOneOrderPerGroup {

    private static final Map<String, String> ORDER_IDS = Map.of(
            "OMS-0", "3c6f2530-1e31-4088-8230-dd1c31a18bce",
            "0", "311qiN8iFwkv-XARWMvXRYAwYKMACVqv1",
            "1", "HVu_cO8Ea7fNRQP4ia1QTpZap-kg_7P71",
            "2", "a68736758d9c");

    @Test
    void four_groups_make_four_orders_and_the_one_time_order_holds_three_lines() {
        Cart cart = Cart.create(CartId.of("b4c8fdea-cbe4-4d17-9576-13fcacbf9605"),
                mixedCart().validate(mixedCatalog(), mixedPurchase(), NOW).orElseThrow(), NOW);

        CheckoutResult result = GroupCheckout.resultFor(cart, group -> new GroupOutcome.Ordered(
                OrderId.of(ORDER_IDS.get(group.group().value())),
                group.group().isLegacy() ? OrderStatus.COMPLETED : OrderStatus.PENDING,
                Instant.parse("2019-01-16T00:48:44.76Z")));

        assertThat(result.outcome()).isEqualTo(CheckoutOutcome.ALL_GROUPS_ORDERED);
        assertThat(result.orders()).extracting(Order::billingCycle).containsExactly(
                BillingCycle.MONTHLY, BillingCycle.ONE_TIME, BillingCycle.MONTHLY, BillingCycle.NONE);
        assertThat(result.orders()).extracting(order -> order.id().value()).containsExactly(
                "3c6f2530-1e31-4088-8230-dd1c31a18bce", "311qiN8iFwkv-XARWMvXRYAwYKMACVqv1",
                "HVu_cO8Ea7fNRQP4ia1QTpZap-kg_7P71", "a68736758d9c");
        Order oneTime = result.orders().get(1);
        assertThat(oneTime.lineItems()).extracting(OrderLineItem::lineItemNumber).containsExactly(0, 1, 2);
        assertThat(oneTime.lineItems()).extracting(OrderLineItem::offerId).extracting(CatalogItemId::value).containsExactly(
                "DZH318Z0BQ36:004G:DZH318Z08C0S", "DZH318Z0BQ36:004J:DZH318Z08B8X", "DG7GMGF0DWTL:0001:DG7GMGF0DSFM");
        assertThat(oneTime.lineItems()).extracting(OrderLineItem::termDuration).containsExactly(
                java.util.Optional.of(TermDuration.ONE_YEAR), java.util.Optional.of(TermDuration.THREE_YEARS), java.util.Optional.empty());
        assertThat(result.orders().getFirst().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(result.orders().getFirst().referenceCustomerId()).isEqualTo(cart.customerId());
    }

    @Test
    void recording_it_orders_the_cart() {
        Cart cart = Cart.create(CartId.of("b4c8fdea-cbe4-4d17-9576-13fcacbf9605"),
                mixedCart().validate(mixedCatalog(), mixedPurchase(), NOW).orElseThrow(), NOW);
        cart.startCheckout(RequestId.of("18752a69-1aa1-4ef7-8f9d-eb3681b2d70a"), NOW);
        CheckoutResult result = GroupCheckout.resultFor(cart, group -> new GroupOutcome.Ordered(
                OrderId.of(ORDER_IDS.get(group.group().value())), OrderStatus.PENDING, NOW));

        cart.recordCheckout(result, NOW);

        assertThat(cart.status()).isEqualTo(CartStatus.ORDERED);
    }
}
