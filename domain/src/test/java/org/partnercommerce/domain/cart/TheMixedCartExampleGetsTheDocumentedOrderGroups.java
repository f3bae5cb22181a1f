package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DocumentedExamples.mixedCart;
import static org.partnercommerce.domain.testing.DocumentedExamples.mixedCatalog;
import static org.partnercommerce.domain.testing.DocumentedExamples.mixedPurchase;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.testing.DocumentedExamples;

/** {@code create-cart-mixed}: groups {@code OMS-0, 0, 0, 0, 1, 2}, exactly as documented. */
class TheMixedCartExampleGetsTheDocumentedOrderGroups {

    @Test
    void the_legacy_offer_gets_OMS_0_the_one_time_items_0_the_saas_1_and_the_trial_2() {
        ValidatedCart cart = mixedCart().validate(mixedCatalog(), mixedPurchase(), NOW).orElseThrow();

        assertThat(cart.lineItems()).extracting(CartLineItem::orderGroup).extracting(OrderGroup::value)
                .containsExactly("OMS-0", "0", "0", "0", "1", "2");
        assertThat(cart.lineItems()).extracting(CartLineItem::id).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void the_reservations_ask_for_the_inventory_check_the_documentation_runs() {
        List<InventoryCheck> checks = mixedCart().inventoryChecks(mixedCatalog());

        assertThat(checks).hasSize(2).allSatisfy(check -> assertThat(check.inventoryContext()).containsExactly(
                java.util.Map.entry("customerId", "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d"),
                java.util.Map.entry("azureSubscriptionId", DocumentedExamples.SUBSCRIPTION),
                java.util.Map.entry("armRegionName", "eastus2")));
        assertThat(checks).flatMap(InventoryCheck::targetItems).extracting(target -> target.skuId().value())
                .containsExactly("004G", "004J");
    }

    @Test
    void a_cart_made_of_it_is_active_and_expires_seven_days_later() {
        Cart cart = Cart.create(CartId.of("3655b1a0-b1c9-4268-9824-577fdbc4d0be"),
                mixedCart().validate(mixedCatalog(), mixedPurchase(), NOW).orElseThrow(), NOW);

        assertThat(cart.status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(cart.expiresAt()).isEqualTo(NOW.plus(java.time.Duration.ofDays(7)));
        assertThat(cart.orderGroups()).hasSize(4);
    }
}
