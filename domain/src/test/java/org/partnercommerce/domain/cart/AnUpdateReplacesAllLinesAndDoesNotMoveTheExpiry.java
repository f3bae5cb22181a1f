package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.catalog.BillingCycle.ANNUAL;
import static org.partnercommerce.domain.testing.Purchases.NOW;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.shared.CartStateViolation;
import org.partnercommerce.domain.testing.Purchases;

class AnUpdateReplacesAllLinesAndDoesNotMoveTheExpiry {

    private static final Instant LATER = NOW.plus(Duration.ofDays(3));

    @Test
    void the_new_lines_replace_the_old_and_are_regrouped() {
        Cart cart = CartFixtures.newCart();

        cart.update(CartFixtures.validated(List.of(line(CartFixtures.OTHER_LICENCE, 7, ANNUAL, "P1Y"))), LATER);

        assertThat(cart.lineItems()).singleElement().satisfies(item -> {
            assertThat(item.id()).isZero();
            assertThat(item.line().catalogItemId()).isEqualTo(CatalogItemId.parse(CartFixtures.OTHER_LICENCE));
            assertThat(item.line().quantity().value()).isEqualTo(7);
            assertThat(item.orderGroup()).isEqualTo(OrderGroup.of("0"));
        });
        assertThat(cart.lastModifiedAt()).isEqualTo(LATER);
        assertThat(cart.expiresAt()).isEqualTo(NOW.plus(Cart.LIFETIME));
        assertThat(cart.createdAt()).isEqualTo(NOW);
    }

    @Test
    void content_for_another_customer_is_refused() {
        Cart cart = CartFixtures.newCart();
        ValidatedCart someoneElses = CartDraft.of(CustomerId.of("932c4101-dc08-461b-b4c1-75d80e905775"),
                        List.of(line(CartFixtures.LICENCE, 1, ANNUAL, "P1Y")))
                .validate(CartFixtures.CATALOG, org.partnercommerce.domain.cart.PurchaseContext.of(
                        org.partnercommerce.domain.customer.Customer.commercial(CustomerId.of("932c4101-dc08-461b-b4c1-75d80e905775"),
                                org.partnercommerce.domain.shared.Country.of("US")), Purchases.INDIRECT_PROVIDER), NOW)
                .orElseThrow();

        assertThatThrownBy(() -> cart.update(someoneElses, LATER)).isInstanceOf(CartStateViolation.OtherCustomersCart.class);
    }
}
