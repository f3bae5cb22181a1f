package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DocumentedExamples.newCommerceCart;
import static org.partnercommerce.domain.testing.DocumentedExamples.newCommerceCatalog;
import static org.partnercommerce.domain.testing.DocumentedExamples.newCommercePurchase;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.order.OrderGroup;

/** {@code create-cart-new-commerce}: one P1M line billed {@code Monthly}, group {@code 0}, in USD. */
class TheNewCommerceExampleIsAcceptedInGroupZero {

    @Test
    void its_one_line_is_grouped_0_in_usd() {
        ValidatedCart cart = newCommerceCart().validate(newCommerceCatalog(), newCommercePurchase(), NOW).orElseThrow();

        assertThat(cart.lineItems()).singleElement().satisfies(item -> {
            assertThat(item.orderGroup()).isEqualTo(OrderGroup.of("0"));
            assertThat(item.currency()).contains(CurrencyCode.of("USD"));
        });
    }
}
