package org.partnercommerce.application.service.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.cart.CreateCartCommand;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CustomTermEndDate;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.shared.CartRejected;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * Before a cart is sent, the days its lines may end their first term on are asked of Partner
 * Center, once for each term a line ends early, and a line ends only on one of them: a month end,
 * or the end date of one of the customer's subscriptions to co-term with.
 */
class ACartLineEndsItsFirstTermOnlyOnADayPartnerCenterAllows {

    /** The clock's today is 2026-11-21: a month's term may end on 2026-11-30 or, co-terming, the 12th of December. */
    private static final LocalDate COTERM_DAY = LocalDate.of(2026, 12, 12);

    private final Purchasing purchasing = new Purchasing();

    @Test
    void aLineMayCoTermWithTheEndOfASubscriptionOfTheCustomer() {
        purchasing.subscriptions.subscriptionEnding(Purchasing.CUSTOMER, SubscriptionId.of("3a1f9c2e-5b7d-4c6e-8f0a-1b2c3d4e5f60"),
                COTERM_DAY);

        Cart cart = create(cartEnding(COTERM_DAY, LocalDate.of(2026, 11, 30)));

        assertThat(cart.lineItems()).hasSize(2);
        assertThat(purchasing.subscriptions.asked()).as("the terms asked, each once").containsExactly(TermDuration.ONE_MONTH);
    }

    @Test
    void aDayThatIsNeitherAMonthEndNorASubscriptionsEndIsRefusedBeforePartnerCenterSeesTheCart() {
        assertThatThrownBy(() -> create(cartEnding(COTERM_DAY)))
                .isInstanceOfSatisfying(CartRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.code()).isEqualTo("10017")));
        assertThat(purchasing.partnerCenterCarts.createCalls()).as("carts sent to Partner Center").isZero();
    }

    @Test
    void aCartWithoutCustomEndDatesAsksNothing() {
        create(Purchasing.licenceCart(2));

        assertThat(purchasing.subscriptions.asked()).isEmpty();
    }

    private Cart create(CartDraft draft) {
        return purchasing.createCart.create(new CreateCartCommand(Purchasing.PARTNER_SYSTEMS, draft, Optional.empty()));
    }

    private static CartDraft cartEnding(LocalDate... days) {
        return CartDraft.of(Purchasing.CUSTOMER, Arrays.stream(days)
                .map(day -> CartLine.of(Purchasing.BUSINESS_BASIC, 1, BillingCycle.MONTHLY).withTermDuration(TermDuration.ONE_MONTH)
                        .withCustomTermEndDate(CustomTermEndDate.of(day)))
                .toList());
    }
}
