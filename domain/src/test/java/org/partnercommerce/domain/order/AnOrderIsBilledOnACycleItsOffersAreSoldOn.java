package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DirectOrders.INTUNE_DEVICE;
import static org.partnercommerce.domain.testing.DirectOrders.LITWARE;
import static org.partnercommerce.domain.testing.DirectOrders.intuneDevice;
import static org.partnercommerce.domain.testing.DirectOrders.line;
import static org.partnercommerce.domain.testing.DirectOrders.problemsOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.shared.OrderRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class AnOrderIsBilledOnACycleItsOffersAreSoldOn {

    private static final String LICENCE = "CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS";

    private static NewOrder billed(BillingCycle cycle, String offerId) {
        return new NewOrder(LITWARE, Optional.of(LITWARE), cycle, List.of(line(0, offerId, 5)));
    }

    @Test
    void a_cycle_the_offer_is_sold_on_is_accepted() {
        assertThat(problemsOf(billed(BillingCycle.ANNUAL, INTUNE_DEVICE), intuneDevice())).isEmpty();
        assertThat(problemsOf(billed(BillingCycle.ANNUAL, LICENCE), CatalogItems.licence(LICENCE).build())).isEmpty();
    }

    @Test
    void no_cycle_is_monthly_and_is_held_to_the_offer_too() {
        assertThat(problemsOf(billed(BillingCycle.UNKNOWN, LICENCE),
                CatalogItems.saas(LICENCE).noTerms().term("P1Y", BillingCycle.ANNUAL).build()))
                .extracting(OrderRuleViolation::code).containsExactly("10013");
    }

    @Test
    void a_cycle_the_legacy_offer_does_not_sell_is_10013() {
        assertThat(problemsOf(billed(BillingCycle.TRIENNIAL, INTUNE_DEVICE), intuneDevice())).singleElement().satisfies(problem -> {
            assertThat(problem).isInstanceOf(OrderRuleViolation.BillingCycleNotSupported.class);
            assertThat(problem.code()).isEqualTo("10013");
            assertThat(problem.field()).isEqualTo("billingCycle");
            assertThat(problem.reason()).contains("monthly or annual, not triennial");
        });
    }

    @Test
    void a_cycle_none_of_the_items_terms_is_billed_on_is_10013() {
        assertThat(problemsOf(billed(BillingCycle.ONE_TIME, LICENCE), CatalogItems.licence(LICENCE).build()))
                .extracting(OrderRuleViolation::code).containsExactly("10013");
    }
}
