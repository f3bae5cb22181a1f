package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class AzureReservationsAreBilledOneTime {

    private static final String ID = "DZH318Z0BQ36:004G:DZH318Z08C0S";

    @Test
    void a_reservation_billed_monthly_is_refused_with_10013() {
        CatalogItem reservation = CatalogItems.reservation(ID, "P1Y").build();

        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1Y"), reservation))
                .filteredOn(problem -> problem.code().equals("10013"))
                .singleElement()
                .extracting(CartRuleViolation::reason).asString().contains("Azure reservation", "billed one_time, not monthly");
    }

    @Test
    void billed_one_time_the_billing_rule_is_met() {
        CatalogItem reservation = CatalogItems.reservation(ID, "P1Y").build();

        assertThat(problemsOf(line(ID, 1, BillingCycle.ONE_TIME, "P1Y"), reservation))
                .extracting(CartRuleViolation::code).doesNotContain("10013");
    }
}
